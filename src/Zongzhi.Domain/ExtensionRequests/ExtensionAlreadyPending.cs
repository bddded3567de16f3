using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.ExtensionRequests;

/// <summary>The refusal of a second extension request while one awaits a decision.</summary>
public sealed record ExtensionAlreadyPending() : ConflictError("该事项已有待审批的延期申请");
