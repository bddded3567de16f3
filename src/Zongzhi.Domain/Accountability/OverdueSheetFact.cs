namespace Zongzhi.Domain.Accountability;

/// <summary>
/// 交办单超期未办结且无经批准的延期 (§二: 7/15/30 working days from receipt; a department that cannot finish must
/// explain and get a new deadline).
/// </summary>
/// <param name="SheetId">The assignment sheet.</param>
/// <param name="DueOn">Its deadline (the approved one, if an extension was approved).</param>
/// <param name="SubmittedOn">The day the result was submitted, if it was.</param>
/// <param name="HasPendingExtension">Whether an extension request awaits a decision (not approved yet).</param>
/// <param name="DepartmentId">承办部门.</param>
/// <param name="UserId">经办人.</param>
/// <param name="Evidence">The sheet and related records.</param>
public sealed record OverdueSheetFact(long SheetId, DateOnly DueOn, DateOnly? SubmittedOn, bool HasPendingExtension,
    long? DepartmentId, string? UserId, IReadOnlyList<EvidenceLink> Evidence)
    : AccountabilityFact(DepartmentId, UserId, Evidence)
{
    /// <inheritdoc/>
    public override string Key => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"overdue:AssignmentSheet:{SheetId}:{DueOn:yyyyMMdd}");
}
