namespace Zongzhi.Domain.Information;

/// <summary>
/// A finding of a screening campaign (排查发现的矛盾纠纷或不稳定因素), filed by a village or a department; it can be turned
/// into an information item and, through it, into a matter.
/// </summary>
public sealed class ScreeningFinding
{
    private ScreeningFinding()
    {
        FiledByUserId = "";
        Category = "";
        Description = "";
    }

    internal ScreeningFinding(long? villageId, long? departmentId, string category, string description, int peopleInvolved,
        InformationSeverity severity, string filedByUserId, DateTime filedAt)
    {
        VillageId = villageId;
        DepartmentId = departmentId;
        Category = category;
        Description = description;
        PeopleInvolved = peopleInvolved;
        Severity = severity;
        FiledByUserId = filedByUserId;
        FiledAt = filedAt;
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>The village that filed it, or the village it concerns.</summary>
    public long? VillageId { get; private set; }

    /// <summary>The department that filed it.</summary>
    public long? DepartmentId { get; private set; }

    /// <summary>纠纷类别 code.</summary>
    public string Category { get; private set; }

    /// <summary>情况描述.</summary>
    public string Description { get; private set; }

    /// <summary>涉及人数.</summary>
    public int PeopleInvolved { get; private set; }

    /// <summary>严重程度.</summary>
    public InformationSeverity Severity { get; private set; }

    /// <summary>Who filed it.</summary>
    public string FiledByUserId { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTime FiledAt { get; private set; }

    /// <summary>The information item made from it, if any.</summary>
    public long? InformationItemId { get; private set; }

    internal void LinkInformationItem(long informationItemId) => InformationItemId = informationItemId;
}
