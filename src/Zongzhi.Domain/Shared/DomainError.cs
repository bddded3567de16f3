namespace Zongzhi.Domain.Shared;

/// <summary>
/// An expected refusal of a domain rule (业务拒绝), returned instead of thrown; the web layer maps each kind once
/// (validation → 400, not found → 404, forbidden → 403, conflict → 409). <see cref="Message"/> is Chinese and shown to users.
/// </summary>
/// <param name="Message">What the user reads, in Chinese.</param>
public abstract record DomainError(string Message);

/// <summary>A value that breaks a rule; <paramref name="Field"/> names the field (camelCase, as in the API).</summary>
/// <param name="Field">The field at fault.</param>
/// <param name="Message">What the user reads, in Chinese.</param>
public record ValidationError(string Field, string Message) : DomainError(Message);

/// <summary>The action does not fit the current state (状态不允许), e.g. a result before signing.</summary>
/// <param name="Message">What the user reads, in Chinese.</param>
public record ConflictError(string Message) : DomainError(Message);

/// <summary>The user may see the thing but may not do this to it.</summary>
/// <param name="Message">What the user reads, in Chinese.</param>
public record ForbiddenError(string Message) : DomainError(Message);

/// <summary>Nothing the user may see exists under that identifier.</summary>
/// <param name="Message">What the user reads, in Chinese.</param>
public record NotFoundError(string Message = "未找到该记录") : DomainError(Message);
