using System.Reflection;
using System.Text.RegularExpressions;
using NpsBot.Language.Escalation;
using NpsBot.Language.Text;

namespace NpsBot.Language.Tests.Escalation;

/// <summary>
/// perf15: the escalation cues run only on texts holding their required literals. The literals are read from each cue's
/// own pattern (<see cref="RequiredLiterals"/>); a text they rule out must be one the cue cannot match, on every cue and
/// every complaint of batch n; and a cue registered after a text was read still runs on it.
/// </summary>
public sealed class PrefilteredCueTests
{
    private static readonly string BatchN = Path.Combine(AppContext.BaseDirectory, "Evaluation", "blind-2026-12-03-n", "complaints.tsv");

    [Theory]
    [InlineData(@"\bfell\b[^.!?]{0,60}\bhurt\b", "fell ; hurt")]
    [InlineData(@"\b(my|his) (arm|leg)\b", "his arm|his leg|my arm|my leg")]
    [InlineData(@"\b(glisse\w*|tripped)\b", "glisse|tripped")]
    [InlineData(@"(\w+ ){0,4}(verletzen|toten)", "toten|verletzen")]
    [InlineData(@"\bcalled( me)? \d+ times", " times ; 0|1|2|3|4|5|6|7|8|9 ; called |called me ")]
    [InlineData(@"[- ]?q", " q|-q|q")]
    [InlineData(@"(fire|\w+ly)", "fire|ly")]
    [InlineData(@"a?b?", "")]
    [InlineData(@"(?<name>fire)", "")]
    [InlineData(@"\p{L}+ fire", "")]
    public void The_literals_a_pattern_cannot_match_without(string pattern, string expected)
    {
        var sets = RequiredLiterals.Of(pattern).Select(set => string.Join('|', set.Order(StringComparer.Ordinal)));
        Assert.Equal(expected, string.Join(" ; ", sets.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void No_cue_is_ruled_out_on_a_complaint_it_matches()
    {
        var texts = File.ReadLines(BatchN).Select(line => line.Split('\t')).Where(fields => fields.Length >= 2)
            .Select(fields => EscalationNotMeant.Blank(TextFolding.Fold(fields[^1]))).ToList();
        var cues = typeof(EscalationClassifier).Assembly.GetTypes()
            .Where(type => type.Namespace == typeof(EscalationClassifier).Namespace)
            .SelectMany(type => type.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(method => method.ReturnType == typeof(Regex) && method.GetParameters().Length == 0)
            .Select(method => method.CreateDelegate<Func<Regex>>())
            .ToList();
        Assert.True(cues.Count > 150, $"{cues.Count} cues found");
        // Every cue's literals are registered before any text is read, so each reading holds them all (a set registered
        // after a text was read counts as held there and would rule nothing out); each text is then read once, not once
        // per cue (each registration rebuilds the literal index on the next read, so that cost a rebuild per cue: ci18).
        var prefiltered = cues.Select(cue => (Cue: cue, Prefiltered: PrefilteredRegex.Of(cue))).ToList();
        var read = texts.Select(CueText.Of).ToList();
        var ruledOutWrongly = (from c in prefiltered
                               from i in Enumerable.Range(0, texts.Count)
                               where c.Cue().IsMatch(texts[i]) && !c.Prefiltered.MayMatch(read[i])
                               select $"{c.Cue.Method.Name}: {texts[i]}").ToList();
        Assert.Empty(ruledOutWrongly);
        Assert.True(texts.Count(text => cues.Any(cue => cue().IsMatch(text))) > 100, "batch n's escalating complaints match cues");
    }

    [Fact]
    public void Most_cues_have_literals_to_rule_texts_out()
    {
        var prefiltered = typeof(EscalationClassifier).Assembly.GetTypes()
            .Where(type => type.Namespace == typeof(EscalationClassifier).Namespace)
            .SelectMany(type => type.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(method => method.ReturnType == typeof(Regex) && method.GetParameters().Length == 0)
            .Select(method => PrefilteredRegex.Of(method.CreateDelegate<Func<Regex>>()))
            .ToList();
        Assert.All(prefiltered, cue => Assert.True(cue.LiteralSets > 0));
    }

    [Fact]
    public void A_text_that_lacks_the_literals_is_ruled_out_and_one_that_holds_them_is_matched()
    {
        var cue = PrefilteredRegex.Of(@"\bfell\b[^.!?]{0,60}\bhurt\b", RegexOptions.NonBacktracking);
        Assert.False(cue.MayMatch(CueText.Of("the parcel came late")));
        Assert.True(cue.MayMatch(CueText.Of("hurt, then i fell")));
        Assert.False(cue.IsMatch(CueText.Of("hurt, then i fell")));
        Assert.True(cue.IsMatch(CueText.Of("i fell on the step and hurt my knee")));
        var plain = CueText.Of("the parcel came late");
        Assert.Same(plain.Text, cue.Replace(plain, " "));
        Assert.Equal("i   my knee", cue.Replace(CueText.Of("i fell and hurt my knee"), " "));
    }

    [Fact]
    public void A_cue_registered_after_a_text_was_read_still_runs_on_it()
    {
        var read = CueText.Of("the gate crushed my hand");
        var later = PrefilteredRegex.Of(@"\bcrushed my hand\b", RegexOptions.NonBacktracking);
        Assert.True(later.IsMatch(read));
        Assert.False(later.MayMatch(CueText.Of("the gate was fine")));
    }
}
