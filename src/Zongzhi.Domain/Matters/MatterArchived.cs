using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.Matters;

/// <summary>The refusal of any change to an archived matter (已归档事项只读).</summary>
public sealed record MatterArchived() : ConflictError("事项已归档，不能修改");
