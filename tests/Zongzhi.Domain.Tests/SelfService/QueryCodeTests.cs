using Xunit;
using Zongzhi.Domain.SelfService;

namespace Zongzhi.Domain.Tests.SelfService;

public sealed class QueryCodeTests
{
    [Fact]
    public void New_codes_are_ten_characters_of_the_alphabet_and_do_not_repeat()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => QueryCode.New()).ToList();

        Assert.All(codes, c => Assert.Equal(QueryCode.Length, c.Length));
        Assert.All(codes, c => Assert.All(c, ch => Assert.Contains(ch, QueryCode.Alphabet)));
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain('0', QueryCode.Alphabet);
        Assert.DoesNotContain('O', QueryCode.Alphabet);
        Assert.DoesNotContain('1', QueryCode.Alphabet);
        Assert.DoesNotContain('I', QueryCode.Alphabet);
        Assert.DoesNotContain('L', QueryCode.Alphabet);
    }

    [Theory]
    [InlineData("K7M4Q-9P2XA", "K7M4Q9P2XA")]
    [InlineData("k7m4q 9p2xa", "K7M4Q9P2XA")]
    [InlineData(" K7M4Q－9P2XA ", "K7M4Q9P2XA")]
    [InlineData("K7M4Q9P2X", null)]
    [InlineData("K7M4Q9P2XAB", null)]
    [InlineData("K7M4Q9P2X0", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Typed_codes_are_normalised_or_refused(string? typed, string? expected) =>
        Assert.Equal(expected, QueryCode.Normalise(typed));

    [Fact]
    public void A_code_is_displayed_in_two_groups_and_read_out_character_by_character()
    {
        Assert.Equal("K7M4Q-9P2XA", QueryCode.Display("K7M4Q9P2XA"));
        Assert.Equal(["字母K", "七", "字母M", "四", "字母Q", "九", "字母P", "二", "字母X", "字母A"], QueryCode.ReadAloud("K7M4Q9P2XA"));
    }

    [Fact]
    public void The_hash_matches_only_the_code_and_salt_it_was_made_from()
    {
        var salt = QueryCodeHash.NewSalt();
        var hash = QueryCodeHash.Compute("K7M4Q9P2XA", salt);

        Assert.True(QueryCodeHash.Matches("K7M4Q9P2XA", salt, hash));
        Assert.False(QueryCodeHash.Matches("K7M4Q9P2XB", salt, hash));
        Assert.False(QueryCodeHash.Matches("K7M4Q9P2XA", QueryCodeHash.NewSalt(), hash));
        Assert.DoesNotContain("K7M4Q9P2XA", Convert.ToHexString(hash), StringComparison.Ordinal);
    }
}
