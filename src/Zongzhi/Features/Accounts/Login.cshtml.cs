using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Zongzhi.Features.Accounts;

[AllowAnonymous]
public sealed class LoginModel(PasswordLogin login) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Display(Name = "登录名")]
        [Required(ErrorMessage = "请输入登录名")]
        [StringLength(64, ErrorMessage = "登录名不能超过 64 个字符")]
        public string? UserName { get; set; }

        [Display(Name = "密码")]
        [Required(ErrorMessage = "请输入密码")]
        [StringLength(128, ErrorMessage = "密码不能超过 128 个字符")]
        [DataType(DataType.Password)]
        public string? Password { get; set; }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        switch (await login.SignInAsync(Input.UserName, Input.Password, code: null, interactive: true))
        {
            case PasswordLogin.Outcome.Succeeded:
                return LocalRedirect(SafeReturnUrl(Url, ReturnUrl));
            case PasswordLogin.Outcome.RequiresTwoFactor:
                return RedirectToPage("LoginWith2fa", new { ReturnUrl });
            default:
                // Unknown user, wrong password, disabled or locked-out account: one answer (PasswordLogin.GenericFailure).
                ModelState.AddModelError("", PasswordLogin.GenericFailure);
                return Page();
        }
    }

    public static string SafeReturnUrl(IUrlHelper url, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(url);
        return !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : "/";
    }
}
