namespace NpsBot.Language.Themes;

/// <summary>
/// A stored complaint (redacted) with the theme a person gave it; <see cref="Source"/> says who (manager-corrected or
/// customer-confirmed). <c>train-themes</c> learns from these on top of the shipped examples.
/// </summary>
public sealed record ReviewedTheme(string Text, string Theme, string Source);
