using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Shared;
using Zongzhi.Platform;

namespace Zongzhi.Features.Assignments;

/// <summary>
/// Collects every field error of a request before any work starts, so a 400 names each bad field at once (the domain
/// then checks again and stops at the first); nothing is saved when any is found.
/// </summary>
public sealed class FieldChecks
{
    private readonly List<ValidationError> _errors = [];

    public bool HasErrors => _errors.Count > 0;

    public FieldChecks Add(ValidationError? error)
    {
        if (error is not null && !_errors.Exists(e => e.Field == error.Field))
        {
            _errors.Add(error);
        }

        return this;
    }

    public FieldChecks Present<T>(string field, T? value, string message)
        where T : struct => Add(value is null ? new ValidationError(field, message) : null);

    public FieldChecks Text(string field, string? value, string label, int maxLength, bool multiline = true) =>
        Add(TextRules.Required(field, value, label, maxLength, multiline));

    public FieldChecks OptionalText(string field, string? value, string label, int maxLength, bool multiline = true) =>
        Add(TextRules.Optional(field, value, label, maxLength, multiline));

    /// <summary>Refuses department ids that name no active department.</summary>
    public async Task<FieldChecks> DepartmentsAsync(ZongzhiDb db, IEnumerable<(string Field, long Id)> departments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var wanted = departments.ToList();
        var ids = wanted.Select(d => d.Id).Distinct().ToList();
        var known = await db.Departments.Where(d => ids.Contains(d.Id) && d.IsActive).Select(d => d.Id).ToListAsync(cancellationToken);
        foreach (var (field, id) in wanted.Where(d => !known.Contains(d.Id)))
        {
            Add(new ValidationError(field, "部门不存在或已停用"));
        }

        return this;
    }

    /// <summary>The 400 answer listing every field, or null when the request is well formed.</summary>
    public IResult? Problem() => HasErrors ? Problems.From(new ValidationFailure(_errors)) : null;
}
