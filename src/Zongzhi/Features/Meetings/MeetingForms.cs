using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;

namespace Zongzhi.Features.Meetings;

/// <summary>The meeting record form of the pages: attendees one per line (or separated by 、，,), up to five task rows.</summary>
public sealed class MeetingForm
{
    public const int TaskRows = 5;

    public string? Month { get; set; }

    public DateOnly? HeldOn { get; set; }

    public string? Attendees { get; set; }

    public string? Minutes { get; set; }

    public int? Version { get; set; }

    public List<TaskRow> Tasks { get; set; } = [];

    public string? Note { get; set; }

    public long? TaskId { get; set; }

    /// <summary>The one-time token of this rendering's forms: a second post of the same form is recognised, not repeated.</summary>
    public string? FormToken { get; set; }

    public sealed class TaskRow
    {
        public string? Description { get; set; }

        /// <summary>"d:3" for a department, "u:&lt;user id&gt;" for a person.</summary>
        public string? Owner { get; set; }

        public DateOnly? DueOn { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Description) && string.IsNullOrEmpty(Owner) && DueOn is null;

        public MeetingTaskRequest ToRequest() => new(Description?.Trim(),
            Owner is { } o && o.StartsWith("d:", StringComparison.Ordinal) && long.TryParse(o.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null,
            Owner is { } u && u.StartsWith("u:", StringComparison.Ordinal) ? u[2..] : null, DueOn);
    }

    public IReadOnlyList<string> AttendeeList() =>
        (Attendees ?? "").Split(['\n', '\r', '、', '，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public void PadTasks()
    {
        while (Tasks.Count < TaskRows)
        {
            Tasks.Add(new TaskRow());
        }
    }
}

/// <summary>The owners offered in a task's select: departments, then people.</summary>
public sealed record OwnerChoices(IReadOnlyList<(string Value, string Label)> Departments, IReadOnlyList<(string Value, string Label)> People)
{
    public static async Task<OwnerChoices> LoadAsync(ZongzhiDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var departments = await db.Departments.AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.SortOrder).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken);
        var people = await db.Users.AsNoTracking().Where(u => !u.IsDisabled).OrderBy(u => u.DisplayName).ThenBy(u => u.UserName)
            .Select(u => new { u.Id, u.DisplayName, u.UserName }).ToListAsync(cancellationToken);
        return new([.. departments.Select(d => ("d:" + d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Name))],
            [.. people.Select(p => ("u:" + p.Id, p.DisplayName.Length > 0 ? p.DisplayName : p.UserName ?? p.Id))]);
    }
}
