using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.Matters;

/// <summary>A matter (事项) as entered by the reception clerk, before it is checked and registered.</summary>
/// <param name="Channel">来访/来信/来电/调解申请, or an information item.</param>
/// <param name="ReceivedAt">When the center received it (UTC); not later than the registration.</param>
/// <param name="Parties">当事人: at least one complainant.</param>
/// <param name="VillageId">The village or community (村/社区) it concerns, if any.</param>
/// <param name="Category">纠纷类别: a code from the configured list.</param>
/// <param name="Summary">摘要, at most 200 characters.</param>
/// <param name="Description">详细情况, at most 10000 characters.</param>
/// <param name="IsMajor">重大.</param>
/// <param name="IsGroup">群体性.</param>
/// <param name="IsSkipLevelPetition">越级上访.</param>
/// <param name="IsEmergency">突发.</param>
/// <param name="SourceInformationItemId">The information item it came from; required for <see cref="IntakeChannel.InformationItem"/>.</param>
public sealed record MatterDraft(
    IntakeChannel Channel,
    DateTime ReceivedAt,
    IReadOnlyList<PartyDraft> Parties,
    long? VillageId,
    string Category,
    string Summary,
    string Description,
    bool IsMajor = false,
    bool IsGroup = false,
    bool IsSkipLevelPetition = false,
    bool IsEmergency = false,
    long? SourceInformationItemId = null)
{
    /// <summary>The most parties one matter may list (a group petition lists many).</summary>
    public const int MaxParties = 500;

    /// <summary>Every field error, named as in the API (<c>summary</c>, <c>parties[1].phone</c>); empty when acceptable.</summary>
    /// <param name="categoryCodes">The configured dispute categories.</param>
    /// <param name="now">The registration instant (UTC).</param>
    public IReadOnlyList<ValidationError> Validate(IReadOnlyCollection<string> categoryCodes, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(categoryCodes);
        var errors = new List<ValidationError>();
        if (!Enum.IsDefined(Channel))
        {
            errors.Add(new ValidationError("channel", "来源渠道无效"));
        }
        else if (Channel == IntakeChannel.InformationItem && SourceInformationItemId is not > 0)
        {
            errors.Add(new ValidationError("sourceInformationItemId", "由信息转为事项时须注明来源信息"));
        }

        if (ReceivedAt > now)
        {
            errors.Add(new ValidationError("receivedAt", "接收时间不能晚于登记时间"));
        }

        if (VillageId is <= 0)
        {
            errors.Add(new ValidationError("villageId", "村(社区)无效"));
        }

        if (string.IsNullOrWhiteSpace(Category))
        {
            errors.Add(new ValidationError("category", "请选择纠纷类别"));
        }
        else if (!categoryCodes.Contains(Category))
        {
            errors.Add(new ValidationError("category", "纠纷类别不在配置的类别中"));
        }

        AddIfAny(errors, TextRules.Required("summary", Summary, "事项摘要", TextLimits.Summary));
        AddIfAny(errors, TextRules.Required("description", Description, "详细情况", TextLimits.LongText, multiline: true));
        ValidateParties(errors);
        return errors;
    }

    private void ValidateParties(List<ValidationError> errors)
    {
        if (Parties is null || Parties.Count == 0)
        {
            errors.Add(new ValidationError("parties", "请至少填写一名当事人"));
            return;
        }

        if (Parties.Count > MaxParties)
        {
            errors.Add(new ValidationError("parties", $"当事人不能超过 {MaxParties} 名"));
            return;
        }

        for (var i = 0; i < Parties.Count; i++)
        {
            errors.AddRange(Parties[i].Validate($"parties[{i}]"));
        }

        if (!Parties.Any(p => p.Role == PartyRole.Complainant))
        {
            errors.Add(new ValidationError("parties", "请至少填写一名投诉人(申请人)"));
        }
    }

    private static void AddIfAny(List<ValidationError> errors, ValidationError? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }
}
