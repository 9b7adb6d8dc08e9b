namespace NpsBot.Channels.Sms;

/// <summary>
/// The "Sms" section: what the carrier keywords HELP and INFO are answered with, per locale (the conversation's
/// language, else "en"). Set <c>Sms:HelpText:en</c> (and the other locales) to your company's wording; the defaults
/// below say only what the server does.
/// </summary>
public sealed class SmsOptions
{
    public const string SectionName = "Sms";

    /// <summary>The help text per locale; configuration adds or replaces entries.</summary>
    public Dictionary<string, string> HelpText { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "Customer feedback survey. Reply STOP to stop receiving messages, START to receive them again.",
        ["es"] = "Encuesta de opinión de clientes. Responde STOP para dejar de recibir mensajes y START para volver a recibirlos.",
        ["fr"] = "Enquête de satisfaction client. Répondez STOP pour ne plus recevoir de messages, START pour les recevoir à nouveau.",
        ["de"] = "Kundenumfrage. Antworte STOP, um keine Nachrichten mehr zu erhalten, und START, um sie wieder zu erhalten.",
        ["pt"] = "Pesquisa de opinião de clientes. Responda STOP para deixar de receber mensagens e START para voltar a recebê-las.",
        ["nl"] = "Klanttevredenheidsonderzoek. Antwoord STOP om geen berichten meer te ontvangen, START om ze weer te ontvangen.",
    };

    /// <summary>The help text for <paramref name="locale"/> (its language, then English).</summary>
    public string HelpFor(string? locale)
    {
        var tag = locale?.Replace('_', '-') ?? "en";
        return HelpText.TryGetValue(tag, out var exact) ? exact
            : HelpText.TryGetValue(tag.Split('-')[0], out var language) ? language
            : HelpText.TryGetValue("en", out var english) ? english
            : HelpText.Values.FirstOrDefault() ?? "";
    }
}
