namespace Zongzhi.Domain.Accountability;

/// <summary>
/// The regulation's catalogue of grounds (责任追究的范围), 《维稳综治工作制度》§四(一): six for department heads
/// (§四(一)1) and seven for staff (§四(一)2), worded as in the regulation.
/// </summary>
public static class AccountabilityGrounds
{
    /// <summary>§四(一)1①: 未能带领本部门人员完成调处任务,群众意见大、并造成恶劣影响或重大损失的.</summary>
    public const string HeadFailedMediationTask = "DH-1";

    /// <summary>§四(一)1②: 未完成本部门综治工作年度目标的.</summary>
    public const string HeadMissedAnnualTarget = "DH-2";

    /// <summary>§四(一)1③: 对综治工作决策严重失误,造成恶劣影响或重大损失的.</summary>
    public const string HeadSeriousDecisionError = "DH-3";

    /// <summary>§四(一)1④: 因工作不负责任,致使发生重大群体性闹事事件、群众越级上访事件或国家、集体财产被盗、被骗,造成重大浪费等较大损失的.</summary>
    public const string HeadIrresponsibility = "DH-4";

    /// <summary>§四(一)1⑤: 在查处所属工作人员违纪违规问题时,设置障碍、干扰调查或提供伪证,给查处工作造成困难的.</summary>
    public const string HeadObstructedInvestigation = "DH-5";

    /// <summary>§四(一)1⑥: 其他应受到责任追究的.</summary>
    public const string HeadOther = "DH-6";

    /// <summary>§四(一)2①: 不履行或不正确履行职责,引发群体性闹事事件、群众越级上访或使国家、集体蒙受较大经济损失的.</summary>
    public const string StaffCausedGroupIncident = "ST-1";

    /// <summary>§四(一)2②: 不履行或不正确履行职责,给来访、来信、来电、纠纷调解申请人造成延误使利益受到损失的.</summary>
    public const string StaffCausedDelay = "ST-2";

    /// <summary>§四(一)2③: 对符合法律、法规及有关政策的信访、申请等事项拖延不办、推诿扯皮或擅自设置繁琐程序,利用职权“吃、拿、卡、要”的.</summary>
    public const string StaffProcrastinated = "ST-3";

    /// <summary>§四(一)2④: 刁难打击报复投诉、举报人的.</summary>
    public const string StaffRetaliated = "ST-4";

    /// <summary>§四(一)2⑤: 工作作风生硬,态度粗鲁,违反群众纪律,造成不良影响的.</summary>
    public const string StaffRudeConduct = "ST-5";

    /// <summary>§四(一)2⑥: 工作时间擅离岗位,造成工作失误并产生不良后果的.</summary>
    public const string StaffLeftPost = "ST-6";

    /// <summary>§四(一)2⑦: 其他失职、渎职的行为.</summary>
    public const string StaffOther = "ST-7";

    /// <summary>The thirteen grounds of the regulation, in its order.</summary>
    public static IReadOnlyList<GroundDefinition> Regulation { get; } =
    [
        new(HeadFailedMediationTask, AccountabilitySubject.DepartmentHead, "§四(一)1①", "未能带领本部门人员完成调处任务,群众意见大、并造成恶劣影响或重大损失的"),
        new(HeadMissedAnnualTarget, AccountabilitySubject.DepartmentHead, "§四(一)1②", "未完成本部门综治工作年度目标的"),
        new(HeadSeriousDecisionError, AccountabilitySubject.DepartmentHead, "§四(一)1③", "对综治工作决策严重失误,造成恶劣影响或重大损失的"),
        new(HeadIrresponsibility, AccountabilitySubject.DepartmentHead, "§四(一)1④", "因工作不负责任,致使发生重大群体性闹事事件、群众越级上访事件或国家、集体财产被盗、被骗,造成重大浪费等较大损失的"),
        new(HeadObstructedInvestigation, AccountabilitySubject.DepartmentHead, "§四(一)1⑤", "在查处所属工作人员违纪违规问题时,设置障碍、干扰调查或提供伪证,给查处工作造成困难的"),
        new(HeadOther, AccountabilitySubject.DepartmentHead, "§四(一)1⑥", "其他应受到责任追究的"),
        new(StaffCausedGroupIncident, AccountabilitySubject.Staff, "§四(一)2①", "不履行或不正确履行职责,引发群体性闹事事件、群众越级上访或使国家、集体蒙受较大经济损失的"),
        new(StaffCausedDelay, AccountabilitySubject.Staff, "§四(一)2②", "不履行或不正确履行职责,给来访、来信、来电、纠纷调解申请人造成延误使利益受到损失的"),
        new(StaffProcrastinated, AccountabilitySubject.Staff, "§四(一)2③", "对符合法律、法规及有关政策的信访、申请等事项拖延不办、推诿扯皮或擅自设置繁琐程序,利用职权“吃、拿、卡、要”的"),
        new(StaffRetaliated, AccountabilitySubject.Staff, "§四(一)2④", "刁难打击报复投诉、举报人的"),
        new(StaffRudeConduct, AccountabilitySubject.Staff, "§四(一)2⑤", "工作作风生硬,态度粗鲁,违反群众纪律,造成不良影响的"),
        new(StaffLeftPost, AccountabilitySubject.Staff, "§四(一)2⑥", "工作时间擅离岗位,造成工作失误并产生不良后果的"),
        new(StaffOther, AccountabilitySubject.Staff, "§四(一)2⑦", "其他失职、渎职的行为"),
    ];
}
