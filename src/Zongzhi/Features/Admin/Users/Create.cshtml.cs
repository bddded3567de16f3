using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Zongzhi.Data;

namespace Zongzhi.Features.Admin.Users;

/// <summary>Creates an account with a one-time password, shown once here; the user must change it at first login.</summary>
public sealed class CreateModel(ZongzhiDb db, CreateUser createUser) : AdminPageModel
{
    [BindProperty]
    [Display(Name = "登录名")]
    [Required(ErrorMessage = "请填写登录名")]
    [StringLength(UserRules.MaxUserNameLength, ErrorMessage = "登录名不能超过 64 个字符")]
    [RegularExpression(@"^[A-Za-z0-9._@+-]+$", ErrorMessage = "登录名只能包含英文字母、数字和 - . _ @ +")]
    public string? UserName { get; set; }

    [BindProperty]
    public UserForm Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Departments { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Villages { get; private set; } = [];

    /// <summary>The one-time password of the account just created; never stored, shown this once.</summary>
    public string? CreatedPassword { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var password = OneTimePassword.Create();
            var result = await createUser.RunAsync(new CreateUser.Request(UserName, Input.DisplayName, Input.Roles, Input.DepartmentId, Input.VillageId,
                password, MustChangePassword: true, Input.Email), cancellationToken);
            if (result.IsSuccess)
            {
                CreatedPassword = password;
                Response.Headers.CacheControl = "no-store";
            }
            else if (result.Error is Domain.Shared.ValidationError { Field: "userName" } nameError)
            {
                ModelState.AddModelError(nameof(UserName), nameError.Message);
            }
            else
            {
                AddError(result.Error!);
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Departments = await UserForm.DepartmentChoicesAsync(db, cancellationToken);
        Villages = await UserForm.VillageChoicesAsync(db, cancellationToken);
    }
}
