using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.Information;

public sealed partial class InformationItem
{
    /// <summary>知悉: handles the item without further action.</summary>
    /// <param name="note">处理意见 (optional).</param>
    /// <param name="userId">Who handles it.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result Note(string? note, string userId, DateTime now)
    {
        if (TextRules.Optional("note", note, "处理意见", TextLimits.Reason, multiline: true) is { } error)
        {
            return error;
        }

        return Handle(InformationOutcome.Noted, note, null, userId, now);
    }

    /// <summary>转为事项: links the matter registered from this item.</summary>
    /// <param name="matterId">The matter.</param>
    /// <param name="userId">Who handles it.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result TurnIntoMatter(long matterId, string userId, DateTime now) =>
        matterId <= 0 ? new ValidationError("matterId", "请指定转成的事项") : Handle(InformationOutcome.TurnedIntoMatter, null, matterId, userId, now);

    /// <summary>关闭: closes the item with a reason.</summary>
    /// <param name="reason">关闭理由 (required).</param>
    /// <param name="userId">Who closes it.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result Close(string? reason, string userId, DateTime now)
    {
        if (TextRules.Required("reason", reason, "关闭理由", TextLimits.Reason, multiline: true) is { } error)
        {
            return error;
        }

        return Handle(InformationOutcome.Closed, reason, null, userId, now);
    }

    /// <summary>作出分析: records cause and characteristic tags (（二）1, 3); only after handling, and may be revised.</summary>
    /// <param name="causeTags">成因, at least one tag overall.</param>
    /// <param name="characteristicTags">特点.</param>
    /// <param name="userId">Who analyses it.</param>
    /// <param name="now">The instant (UTC).</param>
    public Result Analyse(IReadOnlyList<string>? causeTags, IReadOnlyList<string>? characteristicTags, string userId, DateTime now)
    {
        if (Status == InformationStatus.Registered)
        {
            return new ConflictError("信息尚未处理，不能分析");
        }

        var causes = Clean(causeTags);
        var characteristics = Clean(characteristicTags);
        if (causes.Count + characteristics.Count == 0)
        {
            return new ValidationError("causeTags", "请至少填写一项成因或特点");
        }

        if ((CheckTags("causeTags", "成因", causes) ?? CheckTags("characteristicTags", "特点", characteristics)) is { } error)
        {
            return error;
        }

        _causeTags = causes;
        _characteristicTags = characteristics;
        Status = InformationStatus.Analysed;
        AnalysedAt = now;
        AnalysedByUserId = userId;
        return Result.Success;
    }

    private Result Handle(InformationOutcome outcome, string? note, long? matterId, string userId, DateTime now)
    {
        if (Outcome is InformationOutcome.TurnedIntoMatter or InformationOutcome.Closed)
        {
            return new ConflictError("该信息已处理完毕");
        }

        Outcome = outcome;
        HandlingNote = string.IsNullOrWhiteSpace(note) ? null : note;
        MatterId = matterId;
        HandledAt = now;
        HandledByUserId = userId;
        if (Status == InformationStatus.Registered)
        {
            Status = InformationStatus.Handled;
        }

        return Result.Success;
    }

    private static List<string> Clean(IReadOnlyList<string>? tags) =>
        (tags ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.Ordinal).ToList();

    private static ValidationError? CheckTags(string field, string label, List<string> tags)
    {
        if (tags.Count > MaxTags)
        {
            return new ValidationError(field, $"{label}不能超过 {MaxTags} 项");
        }

        return tags.Select(t => TextRules.Optional(field, t, label, TextLimits.Code)).FirstOrDefault(e => e is not null);
    }
}
