namespace Zongzhi.Features.Admin;

/// <summary>A dispute category (纠纷类别) of the configurable list; matters store its code.</summary>
public sealed class DisputeCategory : IReferenceItem
{
    public long Id { get; set; }

    /// <summary>Stable code, e.g. "marriage-family".</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public bool IsActive { get; set; } = true;

    public int SortOrder { get; set; }

    /// <summary>The regulation's usual categories, seeded on first start; administrators add and retire others.</summary>
    public static IReadOnlyList<(string Code, string Name)> Defaults { get; } =
    [
        ("marriage-family", "婚姻家庭"), ("neighbour", "邻里纠纷"), ("land-forest", "土地山林"), ("labour", "劳动争议"),
        ("expropriation", "征地拆迁"), ("property-management", "物业"), ("medical", "医患"), ("traffic", "交通事故"),
        ("consumer", "消费"), ("pollution", "环境污染"), ("other", "其他"),
    ];
}
