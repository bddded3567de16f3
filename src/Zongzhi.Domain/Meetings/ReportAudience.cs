namespace Zongzhi.Domain.Meetings;

/// <summary>Whom a written periodic report is addressed to (信息收集通报制度（二）1–2).</summary>
public enum ReportAudience
{
    /// <summary>中心领导: the center's leaders.</summary>
    CenterLeaders,

    /// <summary>上级有关部门: the higher departments.</summary>
    HigherDepartments,
}
