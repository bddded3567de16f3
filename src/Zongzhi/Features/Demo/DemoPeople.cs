using System.Globalization;
using Zongzhi.Domain.Matters;

namespace Zongzhi.Features.Demo;

/// <summary>Made-up parties for the demo town: plausible names, mobile numbers and ID numbers with valid check characters.</summary>
public sealed class DemoPeople(Random random)
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "欧阳", "司马"];
    private static readonly string[] GivenNames = ["秀英", "桂英", "建华", "志强", "玉兰", "国庆", "海燕", "文杰", "春梅", "德明", "小红", "永福", "淑珍", "金凤", "学军", "丽娟", "𠀀明", "卫东"];
    private static readonly string[] Streets = ["一组", "二组", "三组", "四组", "新街", "老街", "河东片", "河西片"];

    public string Name() => Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)];

    public string Phone() => "13" + random.Next(0, 10).ToString(CultureInfo.InvariantCulture)
        + random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);

    public string IdNumber()
    {
        var birth = new DateOnly(1950, 1, 1).AddDays(random.Next(0, 365 * 50));
        var first17 = "110105" + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + random.Next(100, 999).ToString(CultureInfo.InvariantCulture);
        return first17 + IdCardNumber.ComputeCheckCharacter(first17);
    }

    public string Address(string village) => village + Streets[random.Next(Streets.Length)] + random.Next(1, 80).ToString(CultureInfo.InvariantCulture) + "号";
}
