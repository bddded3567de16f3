namespace Zongzhi.Domain.Matters;

/// <summary>Which of the regulation's two transfers (移交) a matter went through.</summary>
public enum TransferKind
{
    /// <summary>
    /// 转交其他单位办理: handed to a unit outside the center; the center notifies the party/government office in writing
    /// (书面通报), which then supervises (督查督办制度（二）).
    /// </summary>
    OutsideCenter,

    /// <summary>
    /// 非本镇职权范围: a case leader found the matter outside the town's authority and transferred it to the competent
    /// agency; the center is told in writing (书面告知) and files the notice (备案) (领导包案的职责第3条).
    /// </summary>
    OutsideTownAuthority,
}
