using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Zongzhi.Data;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Accounts;

namespace Zongzhi.Features.Admin.Users;

/// <summary>Edit an account: name, roles, scope; disable or enable it; reset its password or its two-factor sign-in.</summary>
public sealed class EditModel(ZongzhiDb db, UserManager<ZongzhiUser> users, ChangeUser changeUser, SetUserDisabled setDisabled,
    ResetUserPassword resetPassword, ResetUserTwoFactor resetTwoFactor) : AdminPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public UserForm Input { get; set; } = new();

    [BindProperty]
    public string? ConcurrencyStamp { get; set; }

    public ZongzhiUser? Account { get; private set; }

    public IReadOnlyList<SelectListItem> Departments { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Villages { get; private set; } = [];

    public string? NewPassword { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(fillForm: true, cancellationToken))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await changeUser.RunAsync(new ChangeUser.Request(Id, ConcurrencyStamp, Input.DisplayName, Input.Roles, Input.DepartmentId, Input.VillageId, Input.Email),
                cancellationToken);
            if (result.IsSuccess)
            {
                Flash("账号已保存");
                return RedirectToPage(new { Id });
            }

            AddError(result.Error!);
        }

        return await LoadAsync(fillForm: false, cancellationToken) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken) => SetDisabledAsync(true, cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken) => SetDisabledAsync(false, cancellationToken);

    public async Task<IActionResult> OnPostResetPasswordAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var result = await resetPassword.RunAsync(Id, password: null, mustChangePassword: true, cancellationToken);
        if (result.IsSuccess)
        {
            NewPassword = result.Value;
            Response.Headers.CacheControl = "no-store";
        }
        else
        {
            AddError(result.Error!);
        }

        return await LoadAsync(fillForm: true, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostResetTwoFactorAsync(CancellationToken cancellationToken) =>
        await DoneAsync(await resetTwoFactor.RunAsync(Id, cancellationToken), "两步验证已重置，本人下次登录时重新启用", cancellationToken);

    private async Task<IActionResult> SetDisabledAsync(bool disabled, CancellationToken cancellationToken) =>
        await DoneAsync(await setDisabled.RunAsync(Id, disabled, cancellationToken), disabled ? "账号已停用，其登录立即失效" : "账号已重新启用", cancellationToken);

    private async Task<IActionResult> DoneAsync(Result result, string message, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            Flash(message);
            return RedirectToPage(new { Id });
        }

        ModelState.Clear();
        AddError(result.Error!);
        return await LoadAsync(fillForm: true, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(bool fillForm, CancellationToken cancellationToken)
    {
        Account = await users.FindByIdAsync(Id);
        if (Account is null)
        {
            return false;
        }

        if (fillForm)
        {
            Input = new UserForm
            {
                DisplayName = Account.DisplayName,
                Roles = [.. await users.GetRolesAsync(Account)],
                DepartmentId = Account.DepartmentId,
                VillageId = Account.VillageId,
                Email = Account.Email,
            };
            ConcurrencyStamp = Account.ConcurrencyStamp;
        }

        Departments = await UserForm.DepartmentChoicesAsync(db, cancellationToken);
        Villages = await UserForm.VillageChoicesAsync(db, cancellationToken);
        return true;
    }
}
