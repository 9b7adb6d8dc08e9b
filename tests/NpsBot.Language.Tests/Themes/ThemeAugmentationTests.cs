using NpsBot.Language.Themes;

namespace NpsBot.Language.Tests.Themes;

public sealed class ThemeAugmentationTests
{
    [Fact]
    public void Every_line_is_kept_whole_and_first()
    {
        ThemeExample[] examples = [new("the courier left my parcel at the wrong house", "delivery"), new("too pricey", "price")];

        var augmented = ThemeAugmentation.WithDropoutCopies(examples);

        Assert.Equal(examples, augmented.Take(2));
    }

    [Fact]
    public void A_copy_keeps_the_theme_and_some_of_the_words_in_their_order()
    {
        var shipped = TrainingData.Shipped().Take(400).ToList();

        var copies = ThemeAugmentation.WithDropoutCopies(shipped).Skip(shipped.Count).ToList();

        var eligible = shipped.Count(e => e.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= ThemeAugmentation.MinimumWords);
        Assert.InRange(copies.Count, eligible * 9 / 10, eligible);
        Assert.All(copies, c => Assert.Contains(shipped, o => o.Theme == c.Theme && IsInOrder(c.Text, o.Text)));
        Assert.All(copies, c => Assert.True(c.Text.Split(' ').Length >= 2, c.Text));
        Assert.Contains(copies, c => !shipped.Any(o => o.Text == c.Text));
    }

    [Fact]
    public void Lines_under_four_words_get_no_copy()
    {
        var augmented = ThemeAugmentation.WithDropoutCopies([new ThemeExample("never arrived, again", "delivery"), new ThemeExample("zu teuer", "price")]);

        Assert.Equal(2, augmented.Count);
    }

    [Fact]
    public void The_same_lines_give_the_same_copies_so_training_is_repeatable()
    {
        var shipped = TrainingData.Shipped().Take(200).ToList();

        Assert.Equal(ThemeAugmentation.WithDropoutCopies(shipped), ThemeAugmentation.WithDropoutCopies(shipped));
    }

    /// <summary>Whether every word of <paramref name="copy"/> appears in <paramref name="original"/>, in the same order.</summary>
    private static bool IsInOrder(string copy, string original)
    {
        var words = original.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var at = 0;
        foreach (var word in copy.Split(' '))
        {
            while (at < words.Length && words[at] != word)
            {
                at++;
            }

            if (at == words.Length)
            {
                return false;
            }

            at++;
        }

        return true;
    }
}
