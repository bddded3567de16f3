using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.Matters;

/// <summary>Checks a list of materials (材料清单) for archiving or hand-over: 1 to 200 lines, each within 200 characters.</summary>
internal static class MaterialList
{
    public const int MaxItems = 200;

    public static ValidationError? Validate(string field, IReadOnlyList<string>? materials)
    {
        if (materials is null || materials.Count == 0)
        {
            return new ValidationError(field, "请填写材料清单");
        }

        if (materials.Count > MaxItems)
        {
            return new ValidationError(field, $"材料清单不能超过 {MaxItems} 项");
        }

        for (var i = 0; i < materials.Count; i++)
        {
            var error = TextRules.Required($"{field}[{i}]", materials[i], "材料名称", TextLimits.ShortText);
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }
}
