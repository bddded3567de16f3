namespace Zongzhi.Domain.Supervision;

/// <summary>
/// Who supervises a matter (督查督办部门): the center for matters handled by its own departments, the town's
/// party/government office for matters transferred to other units (督查督办制度（二）).
/// </summary>
public enum SupervisionTrack
{
    /// <summary>综治中心.</summary>
    Center,

    /// <summary>镇党政办.</summary>
    PartyGovernmentOffice,
}
