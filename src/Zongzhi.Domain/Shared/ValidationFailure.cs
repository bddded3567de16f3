namespace Zongzhi.Domain.Shared;

/// <summary>
/// Several field errors at once (多项校验错误), for forms checked as a whole (registering a matter). It is a
/// <see cref="ValidationError"/> carrying the first error's field and message, so a mapper that knows only
/// <see cref="ValidationError"/> still answers 400; a mapper that knows this type lists every field.
/// </summary>
public sealed record ValidationFailure : ValidationError
{
    /// <summary>Wraps one or more field errors.</summary>
    /// <param name="errors">The errors, at least one.</param>
    public ValidationFailure(IReadOnlyList<ValidationError> errors)
        : base(First(errors).Field, First(errors).Message)
    {
        Errors = errors;
    }

    /// <summary>Every field error, in the order found.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    private static ValidationError First(IReadOnlyList<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count > 0 ? errors[0] : throw new ArgumentException("At least one error.", nameof(errors));
    }
}
