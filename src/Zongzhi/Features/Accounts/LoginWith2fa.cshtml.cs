using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Zongzhi.Features.Accounts;

[AllowAnonymous]
public sealed class LoginWith2faModel(PasswordLogin login) : PageModel
{
    [BindProperty]
    [Display(Name = "验证码")]
    [Required(ErrorMessage = "请输入验证器应用中的 6 位验证码")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "验证码是 6 位数字")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        switch (await login.SecondFactorAsync(Code))
        {
            case PasswordLogin.Outcome.Succeeded:
                return LocalRedirect(LoginModel.SafeReturnUrl(Url, ReturnUrl));
            case PasswordLogin.Outcome.LockedOut:
                ModelState.AddModelError("", PasswordLogin.LockedOutMessage);
                return Page();
            default:
                ModelState.AddModelError(nameof(Code), PasswordLogin.CodeFailure);
                return Page();
        }
    }
}
