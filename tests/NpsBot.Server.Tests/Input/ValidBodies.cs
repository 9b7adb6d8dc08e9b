using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace NpsBot.Server.Tests.Input;

/// <summary>Valid bodies, the starting point of every mutation: activities as channels send them, and the token requests.</summary>
public static class ValidBodies
{
    private static readonly string[] Types =
    [
        "message", "message", "message", "message", "conversationUpdate", "conversationUpdate", "event", "typing", "endOfConversation",
        "invoke", "messageReaction", "trace", "installationUpdate", "deleteUserData", "handoff", "somethingNew",
    ];

    private static readonly string[] Texts =
    [
        "7", "10", "0", "9", "3", "6", "help", "agent please", "stop", "restart", "", " ", "no", "yes", "Great service, thanks!",
        "\u00e9t\u00e9 \ud83d\ude00 \u0661\u0660", new string('x', 3000), "<script>alert(1)</script>", "change my score to 2", "cancel",
        "my card is 4111 1111 1111 1111", "-1", "11", "7.5", "1e3", "\u0000", "\n\n",
    ];

    private static readonly string[] Channels = ["emulator", "emulator", "webchat", "msteams", "sms", "twilio-sms", "console-plain", "slack", ""];

    private static readonly string[] Locales = ["en-US", "en-US", "fr-FR", "es", "de-DE", "xx-INVALID", "", "en_US", "zh-Hant-TW", "i-klingon", "a-b-c-d-e-f-g-h-i"];

    /// <summary>An activity in one of the given conversations, mostly asking for its replies in the response (else posted to <paramref name="serviceUrl"/>).</summary>
    public static Gen<JsonObject> Activity(string[] conversationIds, string serviceUrl = "http://127.0.0.1:1/") =>
        from type in Gen.Elements(Types)
        from text in Gen.Elements(Texts)
        from channel in Gen.Elements(Channels)
        from conversation in Gen.Elements(conversationIds)
        from locale in Gen.Elements(Locales)
        from expectReplies in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false)))
        from extras in Gen.Choose(0, 7)
        from id in Gen.Choose(0, 1_000_000)
        select BuildActivity(type, text, channel, conversation, locale, expectReplies, extras, id, serviceUrl);

    /// <summary>TokenParameters as DirectLineJS and token callers send them.</summary>
    public static Gen<JsonObject> TokenParameters =>
        from id in Gen.Elements("dl_fuzz", "dl_" + new string('a', 40), "r_client", "dl_")
        from name in Gen.Elements("Ana Ruiz", "", "User")
        from locale in Gen.Elements("en-US", "fr-FR", "xx-INVALID", "")
        from shape in Gen.Choose(0, 3)
        select shape switch
        {
            0 => new JsonObject(),
            1 => new JsonObject { ["user"] = new JsonObject { ["id"] = id } },
            2 => new JsonObject { ["locale"] = locale },
            _ => new JsonObject { ["user"] = new JsonObject { ["id"] = id, ["name"] = name }, ["locale"] = locale, ["trustedOrigins"] = new JsonArray("http://shop.example") },
        };

    /// <summary>The web chat page's token request.</summary>
    public static Gen<JsonObject> WebChatTokenRequest =>
        Gen.Elements("", "abc.def", "not-signed", "eyJpZCI6ImMxIn0.c2lnbmF0dXJl").Select(customer =>
            customer.Length == 0 ? new JsonObject() : new JsonObject { ["customer"] = customer });

    private static JsonObject BuildActivity(
        string type, string text, string channel, string conversation, string locale, bool expectReplies, int extras, int id, string serviceUrl)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = $"fuzz-{id}",
            ["timestamp"] = "2026-11-30T10:00:00.000Z",
            ["localTimestamp"] = "2026-11-30T11:00:00.000+01:00",
            ["localTimezone"] = "Europe/Paris",
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = channel,
            ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Ana Ruiz", ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "npsbot", ["name"] = "NpsBot", ["role"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = conversation, ["isGroup"] = false, ["conversationType"] = "personal", ["tenantId"] = "t1" },
            ["locale"] = locale,
            ["entities"] = new JsonArray(new JsonObject { ["type"] = "ClientCapabilities", ["requiresBotState"] = true }),
            ["channelData"] = new JsonObject { ["clientActivityID"] = $"c-{id}" },
        };
        if (expectReplies)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        switch (type)
        {
            case "message":
                activity["text"] = text;
                activity["textFormat"] = "plain";
                break;
            case "conversationUpdate":
                activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "user-1", ["name"] = "Ana" }, new JsonObject { ["id"] = "npsbot" });
                break;
            case "event" or "invoke":
                activity["name"] = "webchat/join";
                activity["value"] = new JsonObject { ["language"] = "fr" };
                break;
            default:
                break;
        }

        if ((extras & 1) != 0)
        {
            activity["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "text/plain", ["content"] = "hi", ["name"] = "a.txt" });
        }

        if ((extras & 2) != 0)
        {
            activity["suggestedActions"] = new JsonObject
            {
                ["to"] = new JsonArray("user-1"),
                ["actions"] = new JsonArray(new JsonObject { ["type"] = "imBack", ["title"] = "1", ["value"] = "1" }),
            };
        }

        if ((extras & 4) != 0)
        {
            activity["relatesTo"] = new JsonObject { ["activityId"] = "x", ["conversation"] = new JsonObject { ["id"] = conversation }, ["channelId"] = channel };
            activity["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = "user-2" });
            activity["expiration"] = "2026-12-30T10:00:00Z";
        }

        return activity;
    }
}
