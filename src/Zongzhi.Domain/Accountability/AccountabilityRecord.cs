using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.Accountability;

/// <summary>
/// A discipline officer's record of one accountability case (责任追究记录), §四: opened from a candidate or by hand,
/// evidence attached, the finding and the outcome (§四(二)) recorded, then closed. Only a person decides; the
/// person concerned sees the record and may add statements.
/// </summary>
public sealed class AccountabilityRecord
{
    private readonly List<EvidenceLink> _evidence = [];
    private readonly List<AccountabilityStatement> _statements = [];

    private AccountabilityRecord()
    {
        Summary = "";
        OpenedByUserId = "";
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>The candidate it was opened from (its fact key), or null when opened by hand.</summary>
    public string? CandidateKey { get; private set; }

    /// <summary>The person concerned, if a person.</summary>
    public string? SubjectUserId { get; private set; }

    /// <summary>The department concerned.</summary>
    public long? SubjectDepartmentId { get; private set; }

    /// <summary>The catalogue ground (set at opening or with the finding).</summary>
    public long? GroundId { get; private set; }

    /// <summary>What is examined.</summary>
    public string Summary { get; private set; }

    /// <summary>Open or closed.</summary>
    public AccountabilityRecordStatus Status { get; private set; }

    /// <summary>When it was opened (UTC) and by whom.</summary>
    public DateTime OpenedAt { get; private set; }

    /// <summary>The discipline officer who opened it.</summary>
    public string OpenedByUserId { get; private set; }

    /// <summary>调查认定: what the officer found.</summary>
    public string? Finding { get; private set; }

    /// <summary>处理结果.</summary>
    public AccountabilityOutcome? Outcome { get; private set; }

    /// <summary>When it was closed (UTC).</summary>
    public DateTime? ClosedAt { get; private set; }

    /// <summary>Who closed it.</summary>
    public string? ClosedByUserId { get; private set; }

    /// <summary>Links to the supporting records.</summary>
    public IReadOnlyList<EvidenceLink> Evidence => _evidence;

    /// <summary>The person concerned's statements.</summary>
    public IReadOnlyList<AccountabilityStatement> Statements => _statements;

    /// <summary>Opens a record; someone or some department must be concerned.</summary>
    /// <param name="candidateKey">The candidate's key, or null by hand.</param>
    /// <param name="subjectUserId">The person concerned.</param>
    /// <param name="subjectDepartmentId">The department concerned.</param>
    /// <param name="groundId">The ground, if already known.</param>
    /// <param name="summary">What is examined.</param>
    /// <param name="evidence">Initial evidence.</param>
    /// <param name="officerUserId">The discipline officer.</param>
    /// <param name="now">The current instant (UTC).</param>
    public static Result<AccountabilityRecord> Open(string? candidateKey, string? subjectUserId, long? subjectDepartmentId, long? groundId,
        string? summary, IEnumerable<EvidenceLink> evidence, string officerUserId, DateTime now)
    {
        if (subjectUserId is null && subjectDepartmentId is null)
        {
            return new ValidationError("subjectUserId", "请指明被追究责任的人员或部门");
        }

        if (subjectUserId == officerUserId)
        {
            return new ForbiddenError("不能对本人立案");
        }

        if (TextRules.Required("summary", summary, "事由", TextLimits.Reason, multiline: true) is { } invalid)
        {
            return invalid;
        }

        var record = new AccountabilityRecord
        {
            CandidateKey = candidateKey,
            SubjectUserId = subjectUserId,
            SubjectDepartmentId = subjectDepartmentId,
            GroundId = groundId,
            Summary = summary!.Trim(),
            Status = AccountabilityRecordStatus.Open,
            OpenedAt = now,
            OpenedByUserId = officerUserId,
        };
        record._evidence.AddRange(evidence ?? []);
        return record;
    }

    /// <summary>Attaches evidence while the record is open.</summary>
    /// <param name="link">The record that supports the case.</param>
    public Result AttachEvidence(EvidenceLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (Status == AccountabilityRecordStatus.Closed)
        {
            return new ConflictError("已结案，不能再添加证据");
        }

        var invalid = TextRules.Required("entityType", link.EntityType, "证据类型", 60)
            ?? TextRules.Required("entityId", link.EntityId, "证据编号", 64)
            ?? TextRules.Optional("note", link.Note, "证据说明", TextLimits.ShortText);
        if (invalid is not null)
        {
            return invalid;
        }

        _evidence.Add(link);
        return Result.Success;
    }

    /// <summary>Records the finding and the outcome (§四(二)); may be revised until closed.</summary>
    /// <param name="groundId">The ground found to apply.</param>
    /// <param name="finding">调查认定.</param>
    /// <param name="outcome">处理结果.</param>
    public Result RecordFinding(long groundId, string? finding, AccountabilityOutcome outcome)
    {
        if (Status == AccountabilityRecordStatus.Closed)
        {
            return new ConflictError("已结案，不能修改认定");
        }

        if (TextRules.Required("finding", finding, "调查认定", TextLimits.LongText, multiline: true) is { } invalid)
        {
            return invalid;
        }

        GroundId = groundId;
        Finding = finding!.Trim();
        Outcome = outcome;
        return Result.Success;
    }

    /// <summary>Closes the record; a finding and an outcome must have been recorded.</summary>
    /// <param name="officerUserId">Who closes it.</param>
    /// <param name="now">The current instant (UTC).</param>
    public Result Close(string officerUserId, DateTime now)
    {
        if (Status == AccountabilityRecordStatus.Closed)
        {
            return new ConflictError("已结案");
        }

        if (Finding is null || Outcome is null)
        {
            return new ConflictError("请先记录调查认定和处理结果");
        }

        Status = AccountabilityRecordStatus.Closed;
        ClosedAt = now;
        ClosedByUserId = officerUserId;
        return Result.Success;
    }

    /// <summary>Adds the person concerned's statement; only they may, at any time.</summary>
    /// <param name="userId">Who states.</param>
    /// <param name="text">The statement.</param>
    /// <param name="now">The current instant (UTC).</param>
    public Result AddStatement(string userId, string? text, DateTime now)
    {
        if (userId != SubjectUserId)
        {
            return new NotFoundError();
        }

        if (TextRules.Required("text", text, "陈述", TextLimits.LongText, multiline: true) is { } invalid)
        {
            return invalid;
        }

        _statements.Add(new AccountabilityStatement(userId, text!.Trim(), now));
        return Result.Success;
    }
}
