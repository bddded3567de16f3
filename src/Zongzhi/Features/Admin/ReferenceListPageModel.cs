using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;

namespace Zongzhi.Features.Admin;

/// <summary>One row of an administered list as the page shows it.</summary>
public sealed record ReferenceRow(long Id, string Name, bool Flag, bool IsActive, int Version);

/// <summary>The typed values of the add form or of one row's form.</summary>
public sealed class ReferenceInput
{
    [Display(Name = "名称")]
    [Required(ErrorMessage = "请填写名称")]
    [StringLength(ChangeReferenceList<Department>.MaxNameLength, ErrorMessage = "名称不能超过 50 个字")]
    public string? Name { get; set; }

    public bool Flag { get; set; }

    public int Version { get; set; }

    /// <summary>The one-time token of this rendering's forms: a second post of the same form is recognised, not repeated.</summary>
    public string? FormToken { get; set; }
}

/// <summary>
/// A page listing an administered list with an add form and, per row, rename and retire/restore forms; the shared
/// view is <c>_ReferenceList.cshtml</c>. Errors show beside the field of the form that was sent, with what was typed.
/// </summary>
public abstract class ReferenceListPageModel<T>(ZongzhiDb db, ChangeReferenceList<T> change, FormAction forms) : AdminPageModel where T : class, IReferenceItem
{
    public abstract string Title { get; }

    /// <summary>The label of the list's yes/no column (e.g. 中心部门), or null when it has none.</summary>
    public abstract string? FlagLabel { get; }

    public IReadOnlyList<ReferenceRow> Rows { get; private set; } = [];

    [BindProperty]
    public ReferenceInput Input { get; set; } = new();

    /// <summary>The row whose form was sent and refused (0 for the add form), to show its error and typed values.</summary>
    public long? FailedRowId { get; private set; }

    public bool IsStale { get; private set; }

    protected abstract T Create(string name, bool flag);

    protected abstract bool GetFlag(T item);

    protected abstract void SetFlag(T item, bool flag);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken) =>
        !ModelState.IsValid ? await FailedAsync(0, null, cancellationToken)
        : await OnceAsync(0, "add", async () => (await change.AddAsync(Create(Input.Name!, Input.Flag), cancellationToken)).Error, $"已添加“{Input.Name?.Trim()}”", cancellationToken);

    public async Task<IActionResult> OnPostSaveAsync(long id, CancellationToken cancellationToken) =>
        !ModelState.IsValid ? await FailedAsync(id, null, cancellationToken)
        : await OnceAsync(id, "save", async () => (await change.ChangeAsync(id, Input.Version, Input.Name, item => SetFlag(item, Input.Flag), cancellationToken)).Error,
            "已保存", cancellationToken);

    public async Task<IActionResult> OnPostRetireAsync(long id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        return await OnceAsync(id, "retire", async () => (await change.SetActiveAsync(id, Input.Version, false, cancellationToken)).Error, "已停用（历史记录保留）", cancellationToken);
    }

    public async Task<IActionResult> OnPostRestoreAsync(long id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        return await OnceAsync(id, "restore", async () => (await change.SetActiveAsync(id, Input.Version, true, cancellationToken)).Error, "已恢复", cancellationToken);
    }

    /// <summary>
    /// Runs one form's change once per form token: a second post of the same form (a double click, or a retry after a
    /// lost answer) lands where the first one led instead of adding a twin or being refused as stale.
    /// </summary>
    private async Task<IActionResult> OnceAsync(long rowId, string action, Func<Task<DomainError?>> run, string message, CancellationToken cancellationToken)
    {
        DomainError? error = null;
        var outcome = await forms.RunOnceAsync($"reference.{typeof(T).Name}.{action}.{rowId}.page", Input.FormToken, async () =>
        {
            error = await run();
            return error switch
            {
                null => Results.NoContent(),
                ConflictError c when c.Message.StartsWith("已被他人修改", StringComparison.Ordinal) => Problems.Stale(),
                _ => Problems.From(error),
            };
        }, cancellationToken);
        if (outcome is null || outcome.Succeeded)
        {
            Flash(message);
            return RedirectToPage();
        }

        return await FailedAsync(rowId, error, cancellationToken);
    }

    private async Task<IActionResult> FailedAsync(long rowId, DomainError? error, CancellationToken cancellationToken)
    {
        if (error is not null)
        {
            AddError(error);
            IsStale = error is ConflictError;
        }

        FailedRowId = rowId;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Input.FormToken = FormAction.NewToken();
        var items = await db.Set<T>().AsNoTracking().OrderBy(x => x.SortOrder)
            .Select(x => new { Item = x, Version = EF.Property<int>(x, ZongzhiDb.VersionProperty) }).ToListAsync(cancellationToken);
        Rows = [.. items.Select(x => new ReferenceRow(x.Item.Id, x.Item.Name, GetFlag(x.Item), x.Item.IsActive, x.Version))];
    }
}
