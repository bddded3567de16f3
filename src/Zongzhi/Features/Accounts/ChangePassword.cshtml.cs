using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Features.Accounts;

[Authorize(Policy = Zongzhi.Platform.Policies.Staff)]
public sealed class ChangePasswordModel(ChangeOwnPassword change) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool IsForced => User.HasClaim(c => c.Type == AccountClaims.MustChangePassword);

    public bool Saved { get; private set; }

    public sealed class InputModel
    {
        [Display(Name = "当前密码")]
        [Required(ErrorMessage = "请输入当前密码")]
        [DataType(DataType.Password)]
        public string? CurrentPassword { get; set; }

        [Display(Name = "新密码")]
        [Required(ErrorMessage = "请输入新密码")]
        [StringLength(128, ErrorMessage = "密码不能超过 128 个字符")]
        [DataType(DataType.Password)]
        public string? NewPassword { get; set; }

        [Display(Name = "再次输入新密码")]
        [Required(ErrorMessage = "请再次输入新密码")]
        [Compare(nameof(NewPassword), ErrorMessage = "两次输入的新密码不一致")]
        [DataType(DataType.Password)]
        public string? ConfirmPassword { get; set; }
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

        var result = await change.RunAsync(User, Input.CurrentPassword, Input.NewPassword);
        if (result.Error is ValidationError error)
        {
            ModelState.AddModelError("Input." + char.ToUpperInvariant(error.Field[0]) + error.Field[1..], error.Message);
            return Page();
        }

        if (result.Error is { } other)
        {
            ModelState.AddModelError("", other.Message);
            return Page();
        }

        TempData["Message"] = "密码已修改";
        return LocalRedirect(LoginModel.SafeReturnUrl(Url, ReturnUrl));
    }
}
