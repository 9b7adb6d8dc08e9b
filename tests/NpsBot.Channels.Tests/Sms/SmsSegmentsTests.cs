using NpsBot.Channels.Sms;

namespace NpsBot.Channels.Tests.Sms;

/// <summary>Each encoding's limits at the exact boundaries: GSM-7 160/161 and 153 per part, UCS-2 70/71 and 67 per part.</summary>
public sealed class SmsSegmentsTests
{
    private const string Emoji = "\U0001F600"; // one surrogate pair: two UTF-16 units

    [Theory]
    [InlineData(1, 1)]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)] // 153 × 2
    [InlineData(307, 3)]
    [InlineData(459, 3)] // 153 × 3
    [InlineData(460, 4)]
    public void Gsm7_holds_160_in_one_message_and_153_per_part(int length, int segments)
    {
        var text = new string('a', length);

        Assert.True(SmsSegments.IsGsm7(text));
        Assert.Equal(segments, SmsSegments.Count(text));
    }

    [Theory]
    [InlineData(80, 1)] // 160 septets
    [InlineData(81, 2)]
    public void A_gsm7_extension_character_costs_two_septets(int euros, int segments) =>
        Assert.Equal(segments, SmsSegments.Count(new string('€', euros)));

    [Fact]
    public void An_extension_character_never_straddles_two_parts()
    {
        // Both cost 306 septets (153 × 2). In the first, '€' (escape + character) would sit on septets 153 and 154: the
        // first part ends at 152 and the rest needs two more parts.
        var straddling = new string('a', 152) + "€" + new string('a', 152);
        var aligned = new string('a', 151) + "€" + new string('a', 153);

        Assert.Equal((3, 2), (SmsSegments.Count(straddling), SmsSegments.Count(aligned)));
    }

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)] // 67 × 2
    [InlineData(135, 3)]
    [InlineData(201, 3)] // 67 × 3
    [InlineData(202, 4)]
    public void Ucs2_holds_70_in_one_message_and_67_per_part(int length, int segments)
    {
        var text = new string('ж', length);

        Assert.False(SmsSegments.IsGsm7(text));
        Assert.Equal("UCS-2", SmsSegments.Encoding(text));
        Assert.Equal(segments, SmsSegments.Count(text));
    }

    [Fact]
    public void One_character_outside_gsm7_makes_the_whole_message_ucs2()
    {
        var gsm = new string('a', 70);

        Assert.Equal((1, 2), (SmsSegments.Count(gsm + "a"), SmsSegments.Count(gsm + "\u2019")));
    }

    [Theory]
    [InlineData(35, 1)] // 70 units
    [InlineData(36, 2)] // 72 units
    [InlineData(66, 2)] // 132 units: a part of 67 units holds 33 pairs
    [InlineData(67, 3)] // 134 units, but no part splits a pair: 33 + 33 + 1
    public void An_emoji_is_a_surrogate_pair_of_two_ucs2_units(int emojis, int segments)
    {
        var text = string.Concat(Enumerable.Repeat(Emoji, emojis));

        Assert.Equal(emojis * 2, text.Length);
        Assert.Equal(segments, SmsSegments.Count(text));
    }

    [Fact]
    public void A_surrogate_pair_never_straddles_two_parts()
    {
        // 68 letters + one emoji = 70 units: one message. 66 letters, an emoji, 66 letters = 134 units, but the pair
        // would sit on units 67 and 68: the first part holds 66, so three parts, not two.
        var single = new string('ж', 68) + Emoji;
        var straddling = new string('ж', 66) + Emoji + new string('ж', 66);
        var aligned = new string('ж', 65) + Emoji + new string('ж', 67);

        Assert.Equal(1, SmsSegments.Count(single));
        Assert.Equal(2, SmsSegments.Count(single + "a"));
        Assert.Equal(3, SmsSegments.Count(straddling));
        Assert.Equal(2, SmsSegments.Count(aligned));
    }
}
