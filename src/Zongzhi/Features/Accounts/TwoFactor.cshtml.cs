using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Zongzhi.Features.Accounts;

/// <summary>Enrol an authenticator app: scan the QR code (or type the key), then confirm with a first code.</summary>
[Authorize(Policy = Zongzhi.Platform.Policies.Staff)]
public sealed class TwoFactorModel(EnrolTwoFactor enrol) : PageModel
{
    public EnrolTwoFactor.Enrolment? Enrolment { get; private set; }

    public bool IsRequired => User.HasClaim(c => c.Type == AccountClaims.TwoFactorRequired);

    [BindProperty]
    [Display(Name = "验证码")]
    [Required(ErrorMessage = "请输入验证器应用显示的 6 位验证码")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "验证码是 6 位数字")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Enrolment = await enrol.GetAsync(User);
        return Enrolment is null ? Challenge() : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var result = await enrol.EnableAsync(User, Code);
            if (result.IsSuccess)
            {
                TempData["Message"] = "两步验证已启用";
                return LocalRedirect(LoginModel.SafeReturnUrl(Url, ReturnUrl));
            }

            ModelState.AddModelError(nameof(Code), result.Error!.Message);
        }

        Enrolment = await enrol.GetAsync(User);
        return Page();
    }
}
