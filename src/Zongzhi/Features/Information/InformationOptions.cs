namespace Zongzhi.Features.Information;

/// <summary>
/// <c>Zongzhi:Information</c> settings. An emergency (重大突发事件/越级上访) is reported to every active top leader
/// (党政一把手) and center director (中心领导) plus the higher departments (上级有关部门): the users named in
/// <see cref="HigherDepartments"/> (user names, e.g. <c>["county-zzb"]</c>) and every active user holding
/// <see cref="HigherDepartmentRole"/>, if set. Unknown or disabled user names are skipped.
/// </summary>
public sealed class InformationOptions
{
    public const string Section = "Zongzhi:Information";

    public List<string> HigherDepartments { get; set; } = [];

    public string? HigherDepartmentRole { get; set; }

    /// <summary>The day of the next month by which a village's monthly report is due (default the 5th).</summary>
    public int VillageReportDueDay { get; set; } = 5;

    /// <summary>
    /// Minutes a recipient of an emergency report has to acknowledge it (确认收悉) before the accountability register
    /// proposes them as a candidate (default 60: the regulation says "immediately").
    /// </summary>
    public int EmergencyAcknowledgementMinutes { get; set; } = 60;
}
