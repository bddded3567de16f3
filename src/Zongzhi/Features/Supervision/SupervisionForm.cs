namespace Zongzhi.Features.Supervision;

/// <summary>
/// The fields of the supervision forms on a matter; each form posts its own fields, the matter's version and, for an
/// answer to a record (materials, report, meeting, task), the record's id.
/// </summary>
public sealed class SupervisionForm
{
    public int? Version { get; set; }

    /// <summary>One-time token: a second post of the same form is recognised (<see cref="Matters.FormAction"/>).</summary>
    public string? FormToken { get; set; }

    public long? RecordId { get; set; }

    public string? Message { get; set; }

    public long? DepartmentId { get; set; }

    public string? MaterialsWanted { get; set; }

    public DateOnly? DueOn { get; set; }

    public string? Subject { get; set; }

    public string? Topic { get; set; }

    public List<long> DepartmentIds { get; set; } = [];

    public DateOnly? HeldOn { get; set; }

    public string? Place { get; set; }

    /// <summary>Attendees, one a line.</summary>
    public string? Attendees { get; set; }

    public string? Minutes { get; set; }

    public List<DecisionInput> Decisions { get; set; } = [];

    public string? MaterialsProvided { get; set; }

    public string? Report { get; set; }

    public string? Note { get; set; }

    /// <summary>延期审批: the approved last day (empty for the proposed one).</summary>
    public DateOnly? ApprovedDueOn { get; set; }

    /// <summary>延期审批: the approval comment (optional).</summary>
    public string? Comment { get; set; }

    /// <summary>不批准延期: the reason.</summary>
    public string? Reason { get; set; }

    public sealed class DecisionInput
    {
        public string? Description { get; set; }

        public long? OwnerDepartmentId { get; set; }

        public DateOnly? DueOn { get; set; }
    }
}
