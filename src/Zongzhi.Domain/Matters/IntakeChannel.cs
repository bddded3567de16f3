namespace Zongzhi.Domain.Matters;

/// <summary>How a matter reached the center (来源渠道): the reception room's four channels (督查督办制度) or an information item.</summary>
public enum IntakeChannel
{
    /// <summary>来访: a visit to the reception room.</summary>
    Visit,

    /// <summary>来信: a letter.</summary>
    Letter,

    /// <summary>来电: a call.</summary>
    Call,

    /// <summary>调解申请: an application for dispute mediation.</summary>
    MediationApplication,

    /// <summary>信息转事项: an information item of another source turned into a matter (信息收集通报制度).</summary>
    InformationItem,
}
