namespace Zongzhi.Domain.Accountability;

/// <summary>Which supervising request went unanswered.</summary>
public enum SupervisionRequestKind
{
    /// <summary>汇报: the department head or handler was required to report (§二 ③).</summary>
    ReportRequest,

    /// <summary>调阅: the department's materials were called up (§二 ②).</summary>
    MaterialsRequest,
}
