namespace Zongzhi.Domain.Accountability;

/// <summary>A ground as the regulation states it, before it is stored.</summary>
/// <param name="Code">Stable code.</param>
/// <param name="Subject">Department head or staff.</param>
/// <param name="Clause">The clause.</param>
/// <param name="Summary">The regulation's wording.</param>
public sealed record GroundDefinition(string Code, AccountabilitySubject Subject, string Clause, string Summary);
