namespace Zongzhi.Domain.Shared;

/// <summary>The outcome of a domain action: success, or the <see cref="DomainError"/> that refused it.</summary>
public readonly record struct Result
{
    private Result(DomainError? error) => Error = error;

    /// <summary>The refusal, or null on success.</summary>
    public DomainError? Error { get; }

    /// <summary>Whether the action succeeded.</summary>
    public bool IsSuccess => Error is null;

    /// <summary>A success.</summary>
    public static Result Success { get; } = new(null);

    /// <summary>A refusal.</summary>
    public static Result Fail(DomainError error) => new(error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>Lets a method return an error directly.</summary>
    public static implicit operator Result(DomainError error) => Fail(error);
}

/// <summary>The outcome of a domain action that produces a value.</summary>
/// <typeparam name="T">The value on success.</typeparam>
public readonly record struct Result<T>
{
    private Result(T? value, DomainError? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The value on success.</summary>
    public T? Value { get; }

    /// <summary>The refusal, or null on success.</summary>
    public DomainError? Error { get; }

    /// <summary>Whether the action succeeded.</summary>
    public bool IsSuccess => Error is null;

    /// <summary>A success with its value.</summary>
    public static Result<T> Success(T value) => new(value, null);

    /// <summary>A refusal.</summary>
    public static Result<T> Fail(DomainError error) => new(default, error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>Lets a method return a value directly.</summary>
    public static implicit operator Result<T>(T value) => Success(value);

    /// <summary>Lets a method return an error directly.</summary>
    public static implicit operator Result<T>(DomainError error) => Fail(error);
}
