namespace Zongzhi.Features.Information;

/// <summary>The fields of the action forms on the information page; each form posts only its own and the item's version.</summary>
public sealed class InformationActionForm
{
    public int? Version { get; set; }

    /// <summary>The one-time token of this rendering's forms: a second post of the same form is recognised, not repeated.</summary>
    public string? FormToken { get; set; }

    public string? Note { get; set; }

    public string? Reason { get; set; }

    /// <summary>The number of an already registered matter (ZZ-2026-000123) to link.</summary>
    public string? MatterNumber { get; set; }

    public string? PartyName { get; set; }

    public string? PartyPhone { get; set; }

    public string? CauseTags { get; set; }

    public string? CharacteristicTags { get; set; }

    public string? Staff { get; set; }

    public DateTime? SentAt { get; set; }

    public long? DispatchId { get; set; }

    public DateTime? ArrivedAt { get; set; }

    public string? Findings { get; set; }

    public IFormFile? File { get; set; }

    public string? FileDescription { get; set; }

    /// <summary>The form key of an action's field as the API names it (reason → Form.Reason); unknown fields go to the summary.</summary>
    public static string KeyOf(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.StartsWith("parties", StringComparison.Ordinal))
        {
            return field.EndsWith("phone", StringComparison.OrdinalIgnoreCase) ? "Form.PartyPhone" : "Form.PartyName";
        }

        return field switch
        {
            "note" => "Form.Note",
            "reason" => "Form.Reason",
            "matterId" => "Form.MatterNumber",
            "causeTags" => "Form.CauseTags",
            "characteristicTags" => "Form.CharacteristicTags",
            "staff" => "Form.Staff",
            "sentAt" => "Form.SentAt",
            "arrivedAt" => "Form.ArrivedAt",
            "findings" => "Form.Findings",
            "file" => "Form.File",
            "description" => "Form.FileDescription",
            _ => "",
        };
    }
}
