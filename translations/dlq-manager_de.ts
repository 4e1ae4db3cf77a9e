<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>dlq</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Text · %1</source>
        <translation>Text · %1</translation>
    </message>
    <message>
        <source>JSON · %1</source>
        <translation>JSON · %1</translation>
    </message>
    <message>
        <source>Binary · %1, not UTF-8</source>
        <translation>Binär · %1, kein UTF-8</translation>
    </message>
    <message>
        <source> (sent as base64)</source>
        <translation> (als Base64 gesendet)</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 as hex; Copy body copies all of it as base64.</source>
        <translation>Die ersten %1 von %2 als Hex; „Body kopieren“ kopiert alles als Base64.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2; Copy body copies all of it.</source>
        <translation>Die ersten %1 von %2; „Body kopieren“ kopiert alles.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a list of text</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <source>an object of headers</source>
        <translation>ein Objekt mit Headern</translation>
    </message>
    <message>
        <source>%1header %2 of %3: expected text, got %4</source>
        <translation>%1Header %2 von %3: Text erwartet, %4 erhalten</translation>
    </message>
    <message>
        <source>%1%2 is not valid base64; shown as sent</source>
        <translation>%1%2 ist kein gültiges Base64; wie gesendet angezeigt</translation>
    </message>
    <message>
        <source>%1%2: expected %3, got %4</source>
        <translation>%1%2: %3 erwartet, %4 erhalten</translation>
    </message>
    <message>
        <source>the entry is %1, not an object</source>
        <translation>der Eintrag ist %1, kein Objekt</translation>
    </message>
    <message>
        <source>the entry has no dlqId, so nothing can be done with it</source>
        <translation>der Eintrag hat keine dlqId, daher lässt sich nichts mit ihm tun</translation>
    </message>
    <message>
        <source>failureFunctionState says %1 but failureCallbackInfo.state says %2; showing %2</source>
        <translation>failureFunctionState sagt %1, failureCallbackInfo.state aber %2; angezeigt wird %2</translation>
    </message>
    <message>
        <source>failureCallbackInfo: expected an object, got %1</source>
        <translation>failureCallbackInfo: Objekt erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>The DLQ list is not valid JSON (%1 at byte %2).</source>
        <translation>Die DLQ-Liste ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The DLQ list is not a JSON object.</source>
        <translation>Die DLQ-Liste ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The server answered without a `messages` list, so this is not a DLQ list page.</source>
        <translation>Der Server antwortete ohne `messages`-Liste, das ist also keine Seite der DLQ-Liste.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Er sagte: %1</translation>
    </message>
    <message>
        <source>The DLQ list&apos;s &quot;messages&quot; is not an array.</source>
        <translation>„messages“ in der DLQ-Liste ist kein Array.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>Das Startdatum liegt nach dem Enddatum.</translation>
    </message>
    <message>
        <source>Dates before 1970 cannot be sent.</source>
        <translation>Daten vor 1970 können nicht gesendet werden.</translation>
    </message>
    <message>
        <source>workflow URL</source>
        <translation>Workflow-URL</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>failure callback state</source>
        <translation>Status des Failure-Callbacks</translation>
    </message>
    <message>
        <source>caller IP</source>
        <translation>Aufrufer-IP</translation>
    </message>
    <message>
        <source>flow-control key</source>
        <translation>Flow-Control-Key</translation>
    </message>
    <message>
        <source>A %1 is blank.</source>
        <translation>Ein Wert für %1 ist leer.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; contains a comma, which the server reads as two values.</source>
        <translation>%1 „%2“ enthält ein Komma, das der Server als zwei Werte liest.</translation>
    </message>
    <message>
        <source>Unknown failure callback state &quot;%1&quot; (known: %2).</source>
        <translation>Unbekannter Status des Failure-Callbacks „%1“ (bekannt: %2).</translation>
    </message>
    <message>
        <source>every entry in the DLQ</source>
        <translation>jeder Eintrag in der DLQ</translation>
    </message>
    <message>
        <source>failed between %1 and %2</source>
        <translation>fehlgeschlagen zwischen %1 und %2</translation>
    </message>
    <message>
        <source>failed at or after %1</source>
        <translation>fehlgeschlagen am oder nach %1</translation>
    </message>
    <message>
        <source>failed at or before %1</source>
        <translation>fehlgeschlagen am oder vor %1</translation>
    </message>
    <message>
        <source>workflow URL is %1</source>
        <translation>Workflow-URL ist %1</translation>
    </message>
    <message>
        <source>run ID is %1</source>
        <translation>Run-ID ist %1</translation>
    </message>
    <message>
        <source>run created at %1</source>
        <translation>Run erstellt am %1</translation>
    </message>
    <message>
        <source>label is %1</source>
        <translation>Label ist %1</translation>
    </message>
    <message>
        <source>failure callback state is %1</source>
        <translation>Status des Failure-Callbacks ist %1</translation>
    </message>
    <message>
        <source>caller IP is %1</source>
        <translation>Aufrufer-IP ist %1</translation>
    </message>
    <message>
        <source>flow-control key is %1</source>
        <translation>Flow-Control-Key ist %1</translation>
    </message>
    <message>
        <source>entries where %1</source>
        <translation>Einträge, bei denen %1</translation>
    </message>
    <message>
        <source>; and </source>
        <translation>; und </translation>
    </message>
    <message>
        <source>%1 is blank.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 may only hold printable ASCII characters.</source>
        <translation>%1 darf nur druckbare ASCII-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>Upstash-Retries takes 0 to %1, not %2.</source>
        <translation>Upstash-Retries nimmt 0 bis %1, nicht %2.</translation>
    </message>
    <message>
        <source>Upstash-Delay takes a number and a unit (s, m, h or d), e.g. 10s, not “%1”.</source>
        <translation>Upstash-Delay nimmt eine Zahl und eine Einheit (s, m, h oder d), z. B. 10s, nicht „%1“.</translation>
    </message>
    <message>
        <source>Upstash-Flow-Control-Value takes “parallelism=&lt;n&gt;, rate=&lt;n&gt;, period=&lt;duration&gt;” (any of the three), not “%1”.</source>
        <translation>Upstash-Flow-Control-Value nimmt „parallelism=&lt;n&gt;, rate=&lt;n&gt;, period=&lt;duration&gt;“ (beliebige der drei), nicht „%1“.</translation>
    </message>
    <message>
        <source>Upstash-Flow-Control-Value needs Upstash-Flow-Control-Key.</source>
        <translation>Upstash-Flow-Control-Value braucht Upstash-Flow-Control-Key.</translation>
    </message>
    <message>
        <source>Upstash-Label: each label must be non-blank and without commas, not “%1”.</source>
        <translation>Upstash-Label: Jedes Label muss nicht leer und ohne Kommas sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Upstash-Failure-Callback takes an http:// or https:// URL, not “%1”.</source>
        <translation>Upstash-Failure-Callback nimmt eine http://- oder https://-URL, nicht „%1“.</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>kein Status</translation>
    </message>
    <message>
        <source>no URL</source>
        <translation>keine URL</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>kein Label</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Cancelled: no IDs were added.</source>
        <translation>Abgebrochen: Es wurden keine IDs hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 longer than 512 bytes (shown shortened)</source>
        <translation>%1 länger als 512 Bytes (gekürzt angezeigt)</translation>
    </message>
    <message>
        <source>Nothing was added: the list already holds %1 IDs, the most it can. Remove finished rows first.</source>
        <translation>Nichts hinzugefügt: Die Liste enthält bereits %1 IDs, das Maximum. Entfernen Sie zuerst abgeschlossene Zeilen.</translation>
    </message>
    <message>
        <source>Only the first %1 IDs were added: the list holds at most %2. Remove finished rows, then add the rest.</source>
        <translation>Nur die ersten %1 IDs wurden hinzugefügt: Die Liste fasst höchstens %2. Entfernen Sie abgeschlossene Zeilen und fügen Sie dann den Rest hinzu.</translation>
    </message>
    <message>
        <source>Only the first %1 IDs were added: one paste or import takes at most that many. Add the rest in another paste.</source>
        <translation>Nur die ersten %1 IDs wurden hinzugefügt: Ein Einfügen oder Import nimmt höchstens so viele. Fügen Sie den Rest in einem weiteren Schritt ein.</translation>
    </message>
    <message>
        <source>No IDs found in the text.</source>
        <translation>Im Text wurden keine IDs gefunden.</translation>
    </message>
    <message>
        <source>The text looks like binary data, not a list of IDs; nothing was added from it.</source>
        <translation>Der Text sieht nach Binärdaten aus, nicht nach einer Liste von IDs; daraus wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>“%1” is not a text file. This looks like a binary file, not a list of IDs.</source>
        <translation>„%1“ ist keine Textdatei. Das sieht nach einer Binärdatei aus, nicht nach einer Liste von IDs.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is empty: there are no IDs in it.</source>
        <translation>„%1“ ist leer: Es enthält keine IDs.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>„%1“ ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>“%1” is too big to import (%2 MB; the limit is %3 MB).</source>
        <translation>„%1“ ist zu groß für den Import (%2 MB; die Grenze liegt bei %3 MB).</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is too big to import (the limit is %2 MB).</source>
        <translation>„%1“ ist zu groß für den Import (die Grenze liegt bei %2 MB).</translation>
    </message>
    <message>
        <source>Connected to %1: the token was accepted.</source>
        <translation>Verbunden mit %1: Das Token wurde akzeptiert.</translation>
    </message>
    <message>
        <source>%1 rejected the token (HTTP %2). Check that it is the QStash token of this region and project.</source>
        <translation>%1 hat das Token abgelehnt (HTTP %2). Prüfen Sie, ob es das QStash-Token dieser Region und dieses Projekts ist.</translation>
    </message>
    <message>
        <source>%1 answered 404: this does not look like a QStash/Workflow server. Check the URL.</source>
        <translation>%1 antwortete mit 404: Das sieht nicht nach einem QStash/Workflow-Server aus. Prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 antwortete mit HTTP %2: %3</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>einem unbekannten Zeitpunkt</translation>
    </message>
    <message>
        <source>Daily request quota reached; resets at %1.</source>
        <translation>Tägliches Anfragekontingent erreicht; es wird um %1 zurückgesetzt.</translation>
    </message>
    <message>
        <source>Cancelled while in flight; the server may have applied it.</source>
        <translation>Während der Übertragung abgebrochen; der Server hat sie eventuell ausgeführt.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s (timed out); the server may have applied it.</source>
        <translation>Keine Antwort von %1 innerhalb von %2 s (Zeitüberschreitung); der Server hat sie eventuell ausgeführt.</translation>
    </message>
    <message>
        <source>TLS certificate problem with %1: %2. The connection was refused; nothing was sent.</source>
        <translation>TLS-Zertifikatsproblem mit %1: %2. Die Verbindung wurde abgelehnt; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Connection refused by %1: is the server running and the URL right?</source>
        <translation>Verbindung von %1 abgelehnt: Läuft der Server und stimmt die URL?</translation>
    </message>
    <message>
        <source>Host %1 not found: check the endpoint URL and your network.</source>
        <translation>Host %1 nicht gefunden: Prüfen Sie die Endpunkt-URL und Ihr Netzwerk.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering; the server may have applied it.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen; der Server hat sie eventuell ausgeführt.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Zeitüberschreitung bei der Verbindung zu %1.</translation>
    </message>
    <message>
        <source>Secure connection to %1 failed: %2</source>
        <translation>Sichere Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The network is unavailable: %1</source>
        <translation>Das Netzwerk ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Proxy problem: %1</source>
        <translation>Proxy-Problem: %1</translation>
    </message>
    <message>
        <source> (response cut at 64 KB)</source>
        <translation> (Antwort bei 64 KB abgeschnitten)</translation>
    </message>
    <message>
        <source>The server answered with a redirect to %1. It was not followed, so the token was not sent there.</source>
        <translation>Der Server antwortete mit einer Weiterleitung nach %1. Ihr wurde nicht gefolgt, das Token wurde also nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>(no location)</source>
        <translation>(kein Ziel)</translation>
    </message>
    <message>
        <source>Could not save the export to “%1”: %2.</source>
        <translation>Der Export konnte nicht in „%1“ gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>DLQ ID</source>
        <translation>DLQ-ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <source>Finished at (UTC)</source>
        <translation>Beendet um (UTC)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Attempt %1: %2 after %3</source>
        <translation>Versuch %1: %2 nach %3</translation>
    </message>
    <message>
        <source>, then waited %1</source>
        <translation>, dann %1 gewartet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Invalid — not sent</source>
        <translation>Ungültig — nicht gesendet</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Invalid ID (400)</source>
        <translation>Ungültige ID (400)</translation>
    </message>
    <message>
        <source>Token rejected</source>
        <translation>Token abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled — outcome unknown</source>
        <translation>Abgebrochen — Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Wartet auf Wiederholung</translation>
    </message>
    <message>
        <source>Deleted or not found (bulk)</source>
        <translation>Gelöscht oder nicht gefunden (Bulk)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>No DLQ IDs to act on.</source>
        <translation>Keine DLQ-IDs, auf die sich die Aktion beziehen könnte.</translation>
    </message>
    <message>
        <source>Reading an entry is not an action.</source>
        <translation>Einen Eintrag zu lesen ist keine Aktion.</translation>
    </message>
    <message>
        <source>The API has no bulk form of %1; it goes one ID at a time.</source>
        <translation>Die API hat für %1 keine Bulk-Form; es geht eine ID nach der anderen.</translation>
    </message>
    <message>
        <source>Overrides apply to resume and restart only, not to %1.</source>
        <translation>Overrides gelten nur für Resume und Restart, nicht für %1.</translation>
    </message>
    <message>
        <source>“%1” cannot go into a bulk request.</source>
        <translation>„%1“ kann nicht in eine Bulk-Anfrage.</translation>
    </message>
    <message>
        <source>Chunk %1: </source>
        <translation>Block %1: </translation>
    </message>
    <message>
        <source>all %1 deleted.</source>
        <translation>alle %1 gelöscht.</translation>
    </message>
    <message>
        <source>the server did not say how many of %1 were deleted.</source>
        <translation>der Server hat nicht gesagt, wie viele von %1 gelöscht wurden.</translation>
    </message>
    <message>
        <source>%1 of %2 deleted; the API does not say which IDs were missing.</source>
        <translation>%1 von %2 gelöscht; die API sagt nicht, welche IDs fehlten.</translation>
    </message>
    <message>
        <source>The entry is not valid JSON (%1).</source>
        <translation>Der Eintrag ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>Not in the DLQ: already deleted, expired, or in another region.</source>
        <translation>Nicht in der DLQ: bereits gelöscht, abgelaufen oder in einer anderen Region.</translation>
    </message>
    <message>
        <source>The server rejected the token.</source>
        <translation>Der Server hat das Token abgelehnt.</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>After %1 attempts: %2</source>
        <translation>Nach %1 Versuchen: %2</translation>
    </message>
    <message>
        <source>Not sent: these overrides only apply to resume and restart.</source>
        <translation>Nicht gesendet: Diese Overrides gelten nur für Resume und Restart.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Deleted (confirmed on retry): an earlier try&apos;s outcome was unknown and the server no longer has this ID, so that try deleted it.</source>
        <translation>Gelöscht (bei Wiederholung bestätigt): Das Ergebnis eines früheren Versuchs war unbekannt und der Server kennt diese ID nicht mehr, also hat jener Versuch sie gelöscht.</translation>
    </message>
    <message>
        <source>An earlier try&apos;s outcome is unknown; the server may have applied it.</source>
        <translation>Das Ergebnis eines früheren Versuchs ist unbekannt; der Server hat ihn eventuell ausgeführt.</translation>
    </message>
    <message>
        <source>Outcome unknown: an earlier try may have applied it. </source>
        <translation>Ergebnis unbekannt: Ein früherer Versuch hat sie eventuell ausgeführt. </translation>
    </message>
    <message>
        <source>Not sent: no safe bulk request could be built for these IDs.</source>
        <translation>Nicht gesendet: Für diese IDs ließ sich keine sichere Bulk-Anfrage bilden.</translation>
    </message>
    <message>
        <source>The server did not say how many entries it deleted.</source>
        <translation>Der Server hat nicht gesagt, wie viele Einträge er gelöscht hat.</translation>
    </message>
    <message>
        <source>Cancelled while in flight: the server may have deleted some or all of these.</source>
        <translation>Während der Übertragung abgebrochen: Der Server hat eventuell einige oder alle davon gelöscht.</translation>
    </message>
    <message>
        <source>An earlier attempt may already have deleted some of these IDs; the count covers the last attempt only.</source>
        <translation>Ein früherer Versuch hat eventuell schon einige dieser IDs gelöscht; die Zahl gilt nur für den letzten Versuch.</translation>
    </message>
    <message>
        <source>Not sent: no safe bulk %1 request could be built for these IDs.</source>
        <translation>Nicht gesendet: Für diese IDs ließ sich keine sichere Bulk-Anfrage für %1 bilden.</translation>
    </message>
    <message>
        <source>HTTP 404: some of these IDs were not found; the server does not say whether it acted on the others. (%1)</source>
        <translation>HTTP 404: Einige dieser IDs wurden nicht gefunden; der Server sagt nicht, ob er die anderen bearbeitet hat. (%1)</translation>
    </message>
    <message>
        <source>An earlier attempt may already have acted on some of these IDs.</source>
        <translation>Ein früherer Versuch hat eventuell schon einige dieser IDs bearbeitet.</translation>
    </message>
    <message>
        <source>Not sent: no list request could be built for this filter.</source>
        <translation>Nicht gesendet: Für diesen Filter ließ sich keine Listenanfrage bilden.</translation>
    </message>
    <message>
        <source>The page was larger than %1 MB and was cut off.</source>
        <translation>Die Seite war größer als %1 MB und wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>The session snapshot is damaged and could not be read.</source>
        <translation>Der Sitzungs-Snapshot ist beschädigt und konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The session journal could not be opened: %1</source>
        <translation>Das Sitzungsjournal konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The session journal&apos;s first line is damaged; the journal was ignored.</source>
        <translation>Die erste Zeile des Sitzungsjournals ist beschädigt; das Journal wurde ignoriert.</translation>
    </message>
    <message>
        <source>The session snapshot is missing.</source>
        <translation>Der Sitzungs-Snapshot fehlt.</translation>
    </message>
    <message>
        <source>%1 IDs were listed before the journal started; only those changed since could be recovered.</source>
        <translation>%1 IDs standen schon vor dem Start des Journals in der Liste; nur die seither geänderten ließen sich wiederherstellen.</translation>
    </message>
    <message>
        <source>The list was rebuilt from the journal alone.</source>
        <translation>Die Liste wurde allein aus dem Journal wiederhergestellt.</translation>
    </message>
    <message>
        <source>The session journal skips from record %1 to %2 at line %3; %4 records recovered, %5 lines after it ignored.</source>
        <translation>Das Sitzungsjournal springt in Zeile %3 von Eintrag %1 zu %2; %4 Einträge wiederhergestellt, %5 Zeilen danach ignoriert.</translation>
    </message>
    <message>
        <source>The session journal was cut off at line %1; %2 records recovered.</source>
        <translation>Das Sitzungsjournal bricht in Zeile %1 ab; %2 Einträge wiederhergestellt.</translation>
    </message>
    <message>
        <source>The session journal is damaged at line %1; %2 records recovered, %3 lines after it ignored.</source>
        <translation>Das Sitzungsjournal ist in Zeile %1 beschädigt; %2 Einträge wiederhergestellt, %3 Zeilen danach ignoriert.</translation>
    </message>
    <message>
        <source>The session journal is too large; only its first %1 MB were read.</source>
        <translation>Das Sitzungsjournal ist zu groß; nur die ersten %1 MB wurden gelesen.</translation>
    </message>
    <message>
        <source>Outcome unknown after a crash; will be re-sent (a 404 then means it was deleted).</source>
        <translation>Ergebnis nach einem Absturz unbekannt; wird erneut gesendet (ein 404 heißt dann, sie wurde gelöscht).</translation>
    </message>
    <message>
        <source>The previous session could not be read and was removed.</source>
        <translation>Die vorige Sitzung konnte nicht gelesen werden und wurde entfernt.</translation>
    </message>
    <message>
        <source>The previous session could not be read; its files were moved aside: %1</source>
        <translation>Die vorige Sitzung konnte nicht gelesen werden; ihre Dateien wurden beiseitegelegt: %1</translation>
    </message>
    <message>
        <source>DLQ Manager: clean up the Upstash Workflow Dead Letter Queue by ID.
Settings and the session live in the user&apos;s configuration and data folders, the token in the system keychain; dlqctl does the same from a terminal.</source>
        <translation>DLQ Manager: die Dead Letter Queue von Upstash Workflow nach ID aufräumen.
Einstellungen und Sitzung liegen in den Konfigurations- und Datenordnern des Benutzers, das Token im Schlüsselbund des Systems; dlqctl macht dasselbe im Terminal.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Import DLQ IDs</source>
        <translation>DLQ-IDs importieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>ID lists (*.txt *.csv *.tsv *.json)</source>
        <translation>ID-Listen (*.txt *.csv *.tsv *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add the IDs from a .txt, .csv or .json file</source>
        <translation>Die IDs aus einer .txt-, .csv- oder .json-Datei hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the rows shown to a CSV or JSON file</source>
        <translation>Die angezeigten Zeilen in eine CSV- oder JSON-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Das Fenster schließen</translation>
    </message>
    <message>
        <source>&amp;Paste IDs</source>
        <translation>IDs &amp;einfügen</translation>
    </message>
    <message>
        <source>Add the IDs on the clipboard to the list</source>
        <translation>Die IDs aus der Zwischenablage zur Liste hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Zeilen kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows, tab-separated, for a spreadsheet</source>
        <translation>Die ausgewählten Zeilen tabulatorgetrennt kopieren, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Copy &amp;IDs</source>
        <translation>&amp;IDs kopieren</translation>
    </message>
    <message>
        <source>Copy only the IDs of the selected rows, one per line</source>
        <translation>Nur die IDs der ausgewählten Zeilen kopieren, eine pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Ausgewählte ent&amp;fernen</translation>
    </message>
    <message>
        <source>Take the selected rows off the list (sends nothing)</source>
        <translation>Die ausgewählten Zeilen von der Liste nehmen (sendet nichts)</translation>
    </message>
    <message>
        <source>C&amp;lear all</source>
        <translation>&amp;Alles leeren</translation>
    </message>
    <message>
        <source>Empty the list (sends nothing)</source>
        <translation>Die Liste leeren (sendet nichts)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Re&amp;try failed…</source>
        <translation>Fehlgeschlagene &amp;wiederholen…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Send the failed and cancelled deletes again (asks first)</source>
        <translation>Die fehlgeschlagenen und abgebrochenen Löschungen erneut senden (fragt vorher)</translation>
    </message>
    <message>
        <source>Stop the run: requests in flight are aborted, the rest are not sent</source>
        <translation>Den Lauf anhalten: laufende Anfragen werden abgebrochen, der Rest wird nicht gesendet</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Earlier runs: search by ID, reopen or export a run</source>
        <translation>Frühere Läufe: nach ID suchen, einen Lauf wieder öffnen oder exportieren</translation>
    </message>
    <message>
        <source>&amp;Connection settings…</source>
        <translation>&amp;Verbindungseinstellungen…</translation>
    </message>
    <message>
        <source>Choose the server and set the token</source>
        <translation>Den Server wählen und das Token festlegen</translation>
    </message>
    <message>
        <source>&amp;Copy sample IDs (100 existing + 100 missing)</source>
        <translation>Beispiel-IDs &amp;kopieren (100 vorhandene + 100 fehlende)</translation>
    </message>
    <message>
        <source>Put 200 IDs on the clipboard to try the app against the sandbox</source>
        <translation>200 IDs in die Zwischenablage legen, um die App mit der Sandbox auszuprobieren</translation>
    </message>
    <message>
        <source>&amp;About DLQ Manager</source>
        <translation>Ü&amp;ber DLQ Manager</translation>
    </message>
    <message>
        <source>Version and what the app does</source>
        <translation>Version und was die App tut</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Sand&amp;box</source>
        <translation>&amp;Sandbox</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open settings…</source>
        <translation>Einstellungen öffnen…</translation>
    </message>
    <message>
        <source>Delete run in progress</source>
        <translation>Löschlauf läuft</translation>
    </message>
    <message>
        <source>A delete run is in progress (%1 of %2 done). Cancel it and close?</source>
        <translation>Ein Löschlauf läuft (%1 von %2 erledigt). Abbrechen und schließen?</translation>
    </message>
    <message>
        <source>Deletes already sent cannot be called back; the rest are not sent.</source>
        <translation>Bereits gesendete Löschungen lassen sich nicht zurückholen; der Rest wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Cancel run and close</source>
        <translation>Lauf abbrechen und schließen</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Nothing found so far</source>
        <translation>Bisher nichts gefunden</translation>
    </message>
    <message>
        <source>None of the first %1 IDs exist on %2 — wrong region or project?</source>
        <translation>Keine der ersten %1 IDs existiert auf %2 — falsche Region oder falsches Projekt?</translation>
    </message>
    <message>
        <source>The run is paused. Continue sends the rest; Stop marks them Not sent. The server can be checked in Settings.</source>
        <translation>Der Lauf ist angehalten. „Fortsetzen“ sendet den Rest; „Stopp“ markiert ihn als „Nicht gesendet“. Den Server können Sie in den Einstellungen prüfen.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Continue deleting</source>
        <translation>Löschen fortsetzen</translation>
    </message>
    <message>
        <source>Send the remaining IDs to %1 anyway</source>
        <translation>Die übrigen IDs trotzdem an %1 senden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation>Den Lauf stoppen</translation>
    </message>
    <message>
        <source>Send nothing more; the rest are marked Not sent</source>
        <translation>Nichts mehr senden; der Rest wird als „Nicht gesendet“ markiert</translation>
    </message>
    <message>
        <source>Results from another server</source>
        <translation>Ergebnisse von einem anderen Server</translation>
    </message>
    <message>
        <source>The list shows results from %1. Reset them to Pending so they can be sent to %2?</source>
        <translation>Die Liste zeigt Ergebnisse von %1. Auf „Ausstehend“ zurücksetzen, damit sie an %2 gesendet werden können?</translation>
    </message>
    <message>
        <source>Rows marked Deleted or Not found there are otherwise not sent again.</source>
        <translation>Zeilen, die dort als „Gelöscht“ oder „Nicht gefunden“ markiert sind, werden sonst nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Reset to Pending</source>
        <translation>Auf „Ausstehend“ zurücksetzen</translation>
    </message>
    <message>
        <source>Reset results to Pending</source>
        <translation>Ergebnisse auf „Ausstehend“ zurücksetzen</translation>
    </message>
    <message>
        <source>Forget the results from %1 so “Delete” sends these IDs to %2</source>
        <translation>Die Ergebnisse von %1 vergessen, damit „Löschen“ diese IDs an %2 sendet</translation>
    </message>
    <message>
        <source>Keep results</source>
        <translation>Ergebnisse behalten</translation>
    </message>
    <message>
        <source>Leave the list as it is</source>
        <translation>Die Liste so lassen, wie sie ist</translation>
    </message>
    <message>
        <source>Previous session found</source>
        <translation>Vorige Sitzung gefunden</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the previous session</source>
        <translation>Die vorige Sitzung wiederherstellen</translation>
    </message>
    <message>
        <source>Show the previous list with its results; unfinished IDs wait for “Delete”</source>
        <translation>Die vorige Liste mit ihren Ergebnissen zeigen; offene IDs warten auf „Löschen“</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard the previous session</source>
        <translation>Die vorige Sitzung verwerfen</translation>
    </message>
    <message>
        <source>Start with an empty list; the saved session is deleted</source>
        <translation>Mit leerer Liste beginnen; die gespeicherte Sitzung wird gelöscht</translation>
    </message>
    <message>
        <source>Previous session damaged</source>
        <translation>Vorige Sitzung beschädigt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>The filter shows %1 of %2 rows. Export only the rows shown, or all rows?</source>
        <translation>Der Filter zeigt %1 von %2 Zeilen. Nur die angezeigten Zeilen exportieren oder alle?</translation>
    </message>
    <message>
        <source>Export %1 shown</source>
        <translation>%1 angezeigte exportieren</translation>
    </message>
    <message>
        <source>Export the rows shown</source>
        <translation>Die angezeigten Zeilen exportieren</translation>
    </message>
    <message>
        <source>Write only the rows the filter shows</source>
        <translation>Nur die Zeilen schreiben, die der Filter zeigt</translation>
    </message>
    <message>
        <source>Export all %1</source>
        <translation>Alle %1 exportieren</translation>
    </message>
    <message>
        <source>Export all rows</source>
        <translation>Alle Zeilen exportieren</translation>
    </message>
    <message>
        <source>Write every row of the list, hidden ones included</source>
        <translation>Jede Zeile der Liste schreiben, auch die ausgeblendeten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export them first to keep a record of what was deleted.</source>
        <translation>Exportieren Sie sie vorher, um festzuhalten, was gelöscht wurde.</translation>
    </message>
    <message>
        <source>About DLQ Manager</source>
        <translation>Über DLQ Manager</translation>
    </message>
    <message>
        <source>DLQ Manager %1

Deletes Upstash Workflow Dead Letter Queue entries by ID.

The token is kept in your settings file (readable only by you) and is sent only to the server shown at the top of the window. The built-in sandbox lets you try everything without touching a real queue.</source>
        <translation>DLQ Manager %1

Löscht Einträge der Dead Letter Queue von Upstash Workflow nach ID.

Das Token liegt in Ihrer Einstellungsdatei (nur für Sie lesbar) und wird nur an den Server gesendet, der oben im Fenster steht. Mit der eingebauten Sandbox lässt sich alles ausprobieren, ohne eine echte Queue anzufassen.</translation>
    </message>
    <message>
        <source>Run finished on %1 — %2</source>
        <translation>Lauf auf %1 beendet — %2</translation>
    </message>
    <message>
        <source>Run cancelled on %1 — %2</source>
        <translation>Lauf auf %1 abgebrochen — %2</translation>
    </message>
    <message>
        <source>Cancelled deletes may have been applied; “Retry failed” checks them.</source>
        <translation>Abgebrochene Löschungen wurden eventuell ausgeführt; „Fehlgeschlagene wiederholen“ prüft sie.</translation>
    </message>
    <message>
        <source>The server rejected the token (%1). Nothing more was sent; %2 marked Not sent. Check the token in Settings.</source>
        <translation>Der Server hat das Token abgelehnt (%1). Es wurde nichts mehr gesendet; %2 als „Nicht gesendet“ markiert. Prüfen Sie das Token in den Einstellungen.</translation>
    </message>
    <message>
        <source>The server says the request quota is used up (429). Nothing more was sent; %1 marked Not sent. Send them again once the quota resets.</source>
        <translation>Der Server meldet, dass das Anfragekontingent aufgebraucht ist (429). Es wurde nichts mehr gesendet; %1 als „Nicht gesendet“ markiert. Senden Sie sie erneut, sobald das Kontingent zurückgesetzt ist.</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>stopped: token rejected</source>
        <translation>gestoppt: Token abgelehnt</translation>
    </message>
    <message>
        <source>stopped: quota used up</source>
        <translation>gestoppt: Kontingent aufgebraucht</translation>
    </message>
    <message>
        <source>stopped: server not reachable</source>
        <translation>gestoppt: Server nicht erreichbar</translation>
    </message>
    <message>
        <source>No server URL is set.</source>
        <translation>Es ist keine Server-URL festgelegt.</translation>
    </message>
    <message>
        <source>No token is set.</source>
        <translation>Es ist kein Token festgelegt.</translation>
    </message>
    <message>
        <source>the built-in sandbox (%1)</source>
        <translation>die eingebaute Sandbox (%1)</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>einen Tabulator</translation>
    </message>
    <message>
        <source>a line break (%1)</source>
        <translation>einen Zeilenumbruch (%1)</translation>
    </message>
    <message>
        <source>a non-breaking space (%1)</source>
        <translation>ein geschütztes Leerzeichen (%1)</translation>
    </message>
    <message>
        <source>a whitespace character (%1)</source>
        <translation>ein Leerraumzeichen (%1)</translation>
    </message>
    <message>
        <source>a NUL byte (U+0000)</source>
        <translation>ein NUL-Byte (U+0000)</translation>
    </message>
    <message>
        <source>a DEL character (U+007F)</source>
        <translation>ein DEL-Zeichen (U+007F)</translation>
    </message>
    <message>
        <source>an invisible control character (%1)</source>
        <translation>ein unsichtbares Steuerzeichen (%1)</translation>
    </message>
    <message>
        <source>an invisible character %1 at position %2 (%3)</source>
        <translation>ein unsichtbares Zeichen %1 an Position %2 (%3)</translation>
    </message>
    <message>
        <source>Empty ID. There is nothing to delete, and an empty ID would address the whole DLQ, so it is never sent.</source>
        <translation>Leere ID. Es gibt nichts zu löschen, und eine leere ID würde die ganze DLQ ansprechen, daher wird sie nie gesendet.</translation>
    </message>
    <message>
        <source>The ID contains broken text (an unpaired surrogate, %1), so it cannot be sent as written. Copy it again from the source.</source>
        <translation>Die ID enthält kaputten Text (ein einzelnes Surrogat, %1) und kann so nicht gesendet werden. Kopieren Sie sie erneut aus der Quelle.</translation>
    </message>
    <message>
        <source>“%1” is not an ID: in a URL it means “this folder” or “the folder above” and would reach a different endpoint, so it is never sent.</source>
        <translation>„%1“ ist keine ID: In einer URL bedeutet es „dieser Ordner“ oder „der Ordner darüber“ und würde einen anderen Endpunkt erreichen, daher wird es nie gesendet.</translation>
    </message>
    <message>
        <source>This is a workflow run ID (wfr_…), not a DLQ ID. Copy the DLQ ID from the DLQ page instead.</source>
        <translation>Das ist eine Workflow-Run-ID (wfr_…), keine DLQ-ID. Kopieren Sie stattdessen die DLQ-ID von der DLQ-Seite.</translation>
    </message>
    <message>
        <source>This is a message ID (msg_…), not a DLQ ID. Copy the DLQ ID from the DLQ page instead.</source>
        <translation>Das ist eine Message-ID (msg_…), keine DLQ-ID. Kopieren Sie stattdessen die DLQ-ID von der DLQ-Seite.</translation>
    </message>
    <message>
        <source>The ID contains “/”, which would split it into several URL path parts and reach a different endpoint. DLQ IDs never contain “/”.</source>
        <translation>Die ID enthält „/“, das sie in mehrere URL-Pfadteile aufteilen und einen anderen Endpunkt erreichen würde. DLQ-IDs enthalten nie „/“.</translation>
    </message>
    <message>
        <source>The ID contains “?”, which would start a URL query and change what the request does. DLQ IDs never contain “?”.</source>
        <translation>Die ID enthält „?“, das eine URL-Query beginnen und die Wirkung der Anfrage ändern würde. DLQ-IDs enthalten nie „?“.</translation>
    </message>
    <message>
        <source>The ID contains “#”, which would start a URL fragment and cut the ID short. DLQ IDs never contain “#”.</source>
        <translation>Die ID enthält „#“, das ein URL-Fragment beginnen und die ID abschneiden würde. DLQ-IDs enthalten nie „#“.</translation>
    </message>
    <message>
        <source>The ID contains a backslash “\”, which some servers treat like “/”. DLQ IDs never contain a backslash.</source>
        <translation>Die ID enthält einen Backslash „\“, den manche Server wie „/“ behandeln. DLQ-IDs enthalten nie einen Backslash.</translation>
    </message>
    <message>
        <source>The ID contains %1. DLQ IDs never contain whitespace; this is usually two IDs run together or a copy-paste accident.</source>
        <translation>Die ID enthält %1. DLQ-IDs enthalten nie Leerraum; meist sind das zwei zusammengelaufene IDs oder ein Kopierfehler.</translation>
    </message>
    <message>
        <source>The ID contains %1. This usually comes from a binary file or a broken copy-paste; DLQ IDs never contain it.</source>
        <translation>Die ID enthält %1. Das stammt meist aus einer Binärdatei oder einem kaputten Kopieren; DLQ-IDs enthalten es nie.</translation>
    </message>
    <message>
        <source>The ID is %1 bytes long in UTF-8, more than the %2 bytes any DLQ ID could have, so it is probably not an ID.</source>
        <translation>Die ID ist in UTF-8 %1 Bytes lang, mehr als die %2 Bytes, die eine DLQ-ID haben kann; vermutlich ist es keine ID.</translation>
    </message>
    <message>
        <source>The ID contains %1. It is usually a copy-paste accident, and the server would answer “not found”, so it is not sent unless you allow invisible characters.</source>
        <translation>Die ID enthält %1. Das ist meist ein Kopierfehler, und der Server würde „nicht gefunden“ antworten, daher wird sie nur gesendet, wenn Sie unsichtbare Zeichen erlauben.</translation>
    </message>
    <message>
        <source>Not the usual &lt;digits&gt;-&lt;digits&gt; shape; it will still be sent.</source>
        <translation>Nicht die übliche Form &lt;Ziffern&gt;-&lt;Ziffern&gt;; sie wird trotzdem gesendet.</translation>
    </message>
    <message>
        <source> It contains “%”, which is sent literally: “%2F” reaches the server as the three characters %2F, not decoded to “/”.</source>
        <translation> Sie enthält „%“, das wörtlich gesendet wird: „%2F“ erreicht den Server als die drei Zeichen %2F, nicht als „/“ dekodiert.</translation>
    </message>
    <message>
        <source> It contains %1, sent as it is because invisible characters were allowed.</source>
        <translation> Sie enthält %1 und wird unverändert gesendet, weil unsichtbare Zeichen erlaubt wurden.</translation>
    </message>
    <message>
        <source>1 ID</source>
        <translation>1 ID</translation>
    </message>
    <message>
        <source>%1 IDs</source>
        <translation>%1 IDs</translation>
    </message>
    <message>
        <source>1 duplicate removed</source>
        <translation>1 Duplikat entfernt</translation>
    </message>
    <message>
        <source>%1 duplicates removed</source>
        <translation>%1 Duplikate entfernt</translation>
    </message>
    <message>
        <source>%1 invalid</source>
        <translation>%1 ungültig</translation>
    </message>
    <message>
        <source>%1 unusual</source>
        <translation>%1 ungewöhnlich</translation>
    </message>
    <message>
        <source>… (%1 characters)</source>
        <translation>… (%1 Zeichen)</translation>
    </message>
    <message>
        <source>Upstash (qstash.upstash.io)</source>
        <translation>Upstash (qstash.upstash.io)</translation>
    </message>
    <message>
        <source>Upstash EU central (qstash-eu-central-1.upstash.io)</source>
        <translation>Upstash EU Central (qstash-eu-central-1.upstash.io)</translation>
    </message>
    <message>
        <source>Upstash US east (qstash-us-east-1.upstash.io)</source>
        <translation>Upstash US East (qstash-us-east-1.upstash.io)</translation>
    </message>
    <message>
        <source>Local development server (127.0.0.1:8080)</source>
        <translation>Lokaler Entwicklungsserver (127.0.0.1:8080)</translation>
    </message>
    <message>
        <source>Built-in sandbox (practice data on this computer)</source>
        <translation>Eingebaute Sandbox (Übungsdaten auf diesem Computer)</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Eigene URL</translation>
    </message>
    <message>
        <source>No server URL is set; enter one such as https://qstash.upstash.io.</source>
        <translation>Es ist keine Server-URL festgelegt; geben Sie eine ein, etwa https://qstash.upstash.io.</translation>
    </message>
    <message>
        <source>This is not a valid URL; it should look like https://qstash.upstash.io.</source>
        <translation>Das ist keine gültige URL; sie sollte so aussehen: https://qstash.upstash.io.</translation>
    </message>
    <message>
        <source>The URL has no scheme; start it with https://, for example https://qstash.upstash.io.</source>
        <translation>Die URL hat kein Schema; beginnen Sie sie mit https://, zum Beispiel https://qstash.upstash.io.</translation>
    </message>
    <message>
        <source>Only https:// (or http:// for this computer) URLs are supported, not %1://.</source>
        <translation>Nur URLs mit https:// (oder http:// für diesen Computer) werden unterstützt, nicht %1://.</translation>
    </message>
    <message>
        <source>The URL has no host name; it should look like https://qstash.upstash.io.</source>
        <translation>Die URL hat keinen Hostnamen; sie sollte so aussehen: https://qstash.upstash.io.</translation>
    </message>
    <message>
        <source>The URL contains a user name or password; remove it and put the token in the token field instead.</source>
        <translation>Die URL enthält einen Benutzernamen oder ein Passwort; entfernen Sie es und tragen Sie stattdessen das Token in das Token-Feld ein.</translation>
    </message>
    <message>
        <source>The URL contains a query (the part after “?”); enter only the server address, the app adds the rest.</source>
        <translation>Die URL enthält eine Query (den Teil nach „?“); geben Sie nur die Serveradresse ein, den Rest ergänzt die App.</translation>
    </message>
    <message>
        <source>The URL contains a fragment (the part after “#”); enter only the server address, the app adds the rest.</source>
        <translation>Die URL enthält ein Fragment (den Teil nach „#“); geben Sie nur die Serveradresse ein, den Rest ergänzt die App.</translation>
    </message>
    <message>
        <source>Plain http:// would send your token unencrypted; use https:// (http is only allowed for this computer: localhost/127.0.0.1).</source>
        <translation>Einfaches http:// würde Ihr Token unverschlüsselt senden; verwenden Sie https:// (http ist nur für diesen Computer erlaubt: localhost/127.0.0.1).</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>Netzwerkfehler %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not write the session journal %1: %2</source>
        <translation>Das Sitzungsjournal %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not save the session snapshot %1: %2</source>
        <translation>Der Sitzungs-Snapshot %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not start the session journal %1: %2</source>
        <translation>Das Sitzungsjournal %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Unknown profile “%1”; the profiles are: %2.</source>
        <translation>Unbekanntes Profil „%1“; die Profile sind: %2.</translation>
    </message>
    <message>
        <source>Cannot switch to the profile “%1” while a run is in progress; stop it or wait until it ends.</source>
        <translation>Während ein Lauf im Gang ist, kann nicht zum Profil „%1“ gewechselt werden; stoppen Sie ihn oder warten Sie, bis er endet.</translation>
    </message>
    <message>
        <source>The profile “%1” holds the settings from before profiles and cannot be removed; rename it instead.</source>
        <translation>Das Profil „%1“ enthält die Einstellungen aus der Zeit vor den Profilen und kann nicht entfernt werden; benennen Sie es stattdessen um.</translation>
    </message>
    <message>
        <source>The profile “%1” is in use; switch to another one first.</source>
        <translation>Das Profil „%1“ wird verwendet; wechseln Sie zuerst zu einem anderen.</translation>
    </message>
    <message>
        <source>%1 is not a readable history database (%2)</source>
        <translation>%1 ist keine lesbare Verlaufsdatenbank (%2)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of DLQ Manager (history version %2; this one reads up to %3)</source>
        <translation>%1 wurde von einer neueren Version von DLQ Manager geschrieben (Verlaufsversion %2; diese liest bis %3)</translation>
    </message>
    <message>
        <source>%1 holds other tables than a DLQ Manager history</source>
        <translation>%1 enthält andere Tabellen als einen Verlauf von DLQ Manager</translation>
    </message>
    <message>
        <source>%1: the history tables could not be made (%2)</source>
        <translation>%1: Die Verlaufstabellen konnten nicht angelegt werden (%2)</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (Debian: libqt6sql6-sqlite)</source>
        <translation>Der SQLite-Treiber von Qt ist nicht installiert (Debian: libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2)</source>
        <translation>%1 kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2)</source>
        <translation>%1 kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>1 DLQ entry</source>
        <translation>1 DLQ-Eintrag</translation>
    </message>
    <message>
        <source>%1 DLQ entries</source>
        <translation>%1 DLQ-Einträge</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>1 ID is</source>
        <translation>1 ID ist</translation>
    </message>
    <message>
        <source>%1 IDs are</source>
        <translation>%1 IDs sind</translation>
    </message>
    <message>
        <source>Not JSON: %1.</source>
        <translation>Kein JSON: %1.</translation>
    </message>
    <message>
        <source>Not an exported ledger: it needs &quot;action&quot; and &quot;results&quot;.</source>
        <translation>Kein exportiertes Protokoll: Es braucht „action“ und „results“.</translation>
    </message>
    <message>
        <source>Result %1 has no ID or no known result.</source>
        <translation>Ergebnis %1 hat keine ID oder kein bekanntes Ergebnis.</translation>
    </message>
    <message>
        <source>The run&apos;s log says nothing about its failure callback.</source>
        <translation>Das Log des Runs sagt nichts über seinen Failure-Callback.</translation>
    </message>
    <message>
        <source>The failure callback is %1.</source>
        <translation>Der Failure-Callback ist %1.</translation>
    </message>
    <message>
        <source>The new run was cancelled.</source>
        <translation>Der neue Run wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The new run&apos;s state is &quot;%1&quot;.</source>
        <translation>Der Zustand des neuen Runs ist „%1“.</translation>
    </message>
    <message>
        <source>Resume %1 on %2?</source>
        <translation>%1 auf %2 fortsetzen?</translation>
    </message>
    <message>
        <source>Restart %1 on %2?</source>
        <translation>%1 auf %2 neu starten?</translation>
    </message>
    <message>
        <source>Retry the failure callback of %1 on %2?</source>
        <translation>Failure-Callback von %1 auf %2 erneut ausführen?</translation>
    </message>
    <message>
        <source>Cancel the failure callback of %1 on %2?</source>
        <translation>Failure-Callback von %1 auf %2 abbrechen?</translation>
    </message>
    <message>
        <source>Delete %1 on %2?</source>
        <translation>%1 auf %2 löschen?</translation>
    </message>
    <message>
        <source>Resuming %1 on %2</source>
        <translation>%1 auf %2 werden fortgesetzt</translation>
    </message>
    <message>
        <source>Restarting %1 on %2</source>
        <translation>%1 auf %2 werden neu gestartet</translation>
    </message>
    <message>
        <source>Retrying the failure callback of %1 on %2</source>
        <translation>Failure-Callback von %1 auf %2 wird erneut ausgeführt</translation>
    </message>
    <message>
        <source>Cancelling the failure callback of %1 on %2</source>
        <translation>Failure-Callback von %1 auf %2 wird abgebrochen</translation>
    </message>
    <message>
        <source>Deleting %1 on %2</source>
        <translation>%1 auf %2 werden gelöscht</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>%1 fortsetzen</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>%1 neu starten</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 abbrechen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Retry the failure callback of %1</source>
        <translation>Failure-Callback von %1 erneut ausführen</translation>
    </message>
    <message>
        <source>Cancel the failure callback of %1</source>
        <translation>Failure-Callback von %1 abbrechen</translation>
    </message>
    <message>
        <source>&amp;Snapshots…</source>
        <translation>&amp;Snapshots…</translation>
    </message>
    <message>
        <source>The entries saved before each delete: open or export them</source>
        <translation>Die vor jedem Löschen gespeicherten Einträge: öffnen oder exportieren</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>New workflow run ID</source>
        <translation>Neue Workflow-Run-ID</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation>Es gibt bereits ein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>%1: the history could not be upgraded (%2)</source>
        <translation>%1: Der Verlauf konnte nicht aktualisiert werden (%2)</translation>
    </message>
    <message>
        <source>Not sent: these runs cannot be asked about in one request.</source>
        <translation>Nicht gesendet: Nach diesen Runs kann nicht in einer einzigen Anfrage gefragt werden.</translation>
    </message>
    <message>
        <source>No copy was saved.</source>
        <translation>Es wurde keine Kopie gespeichert.</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1.</source>
        <translation>Die Kopie konnte nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>The others are saved in %1.</source>
        <translation>Die übrigen sind in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The run logs answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort der Run-Logs ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The run logs answer is not a JSON object.</source>
        <translation>Die Antwort der Run-Logs ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The run logs answer has a cursor that is not a string.</source>
        <translation>Die Antwort der Run-Logs hat einen Cursor, der kein String ist.</translation>
    </message>
    <message>
        <source>The run logs answer has &quot;runs&quot; that is not a list.</source>
        <translation>Die Antwort der Run-Logs hat ein „runs“, das keine Liste ist.</translation>
    </message>
    <message>
        <source>Run %1 of the page has no workflowRunId.</source>
        <translation>Run %1 der Seite hat keine workflowRunId.</translation>
    </message>
    <message>
        <source>still in the DLQ</source>
        <translation>noch in der DLQ</translation>
    </message>
    <message>
        <source>callback still CALLBACK_FAIL</source>
        <translation>Callback weiterhin CALLBACK_FAIL</translation>
    </message>
    <message>
        <source>no callback state</source>
        <translation>kein Callback-Status</translation>
    </message>
    <message>
        <source>Not sent again: the look-up after a try without an answer did not show the entry&apos;s failure-callback state.</source>
        <translation>Nicht erneut gesendet: Die Abfrage nach einem Versuch ohne Antwort zeigte den Status des Failure-Callbacks nicht.</translation>
    </message>
    <message>
        <source>callback %1</source>
        <translation>Callback %1</translation>
    </message>
    <message>
        <source>Callback retried already (state %1) — found by a look-up; not sent again.</source>
        <translation>Callback bereits erneut versucht (Status %1) — durch eine Abfrage festgestellt; nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Nothing more was sent; %1 marked Not sent.</source>
        <translation>Es wurde nichts mehr gesendet; %1 als „Nicht gesendet“ markiert.</translation>
    </message>
    <message>
        <source>%1 (profile %2)</source>
        <translation>%1 (Profil %2)</translation>
    </message>
    <message>
        <source>No token for %1 is available yet, so nothing can be sent; the record is kept.</source>
        <translation>Für %1 ist noch kein Token verfügbar, daher kann nichts gesendet werden; die Aufzeichnung bleibt erhalten.</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>zu unbekannter Zeit</translation>
    </message>
    <message>
        <source>Continue the interrupted resume of %1 on %2, started %3?</source>
        <translation>Das unterbrochene Fortsetzen von %1 auf %2, begonnen %3, weiterführen?</translation>
    </message>
    <message>
        <source>Continue the interrupted restart of %1 on %2, started %3?</source>
        <translation>Den unterbrochenen Neustart von %1 auf %2, begonnen %3, weiterführen?</translation>
    </message>
    <message>
        <source>Continue retrying the failure callback of %1 on %2, started %3?</source>
        <translation>Das erneute Auslösen des Fehler-Callbacks von %1 auf %2, begonnen %3, weiterführen?</translation>
    </message>
    <message>
        <source>Continue cancelling the failure callback of %1 on %2, started %3?</source>
        <translation>Das Abbrechen des Fehler-Callbacks von %1 auf %2, begonnen %3, weiterführen?</translation>
    </message>
    <message>
        <source>Continue the interrupted delete of %1 on %2, started %3?</source>
        <translation>Das unterbrochene Löschen von %1 auf %2, begonnen %3, weiterführen?</translation>
    </message>
    <message>
        <source>an unknown server</source>
        <translation>ein unbekannter Server</translation>
    </message>
    <message>
        <source>%1 done, nothing was in flight.</source>
        <translation>%1 erledigt, nichts war unterwegs.</translation>
    </message>
    <message numerus="yes">
        <source>%1 done; %n were in flight and will be looked up first.</source>
        <translation>
            <numerusform>%1 erledigt; %n war unterwegs und wird zuerst nachgeschlagen.</numerusform>
            <numerusform>%1 erledigt; %n waren unterwegs und werden zuerst nachgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 done; %n were in flight and will be sent again.</source>
        <translation>
            <numerusform>%1 erledigt; %n war unterwegs und wird erneut gesendet.</numerusform>
            <numerusform>%1 erledigt; %n waren unterwegs und werden erneut gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted action found</source>
        <translation>Unterbrochene Aktion gefunden</translation>
    </message>
    <message>
        <source>Continue the interrupted action</source>
        <translation>Die unterbrochene Aktion weiterführen</translation>
    </message>
    <message>
        <source>Show the action&apos;s ledger and send what is left; nothing that was confirmed is sent again</source>
        <translation>Das Protokoll der Aktion zeigen und senden, was übrig ist; nichts Bestätigtes wird erneut gesendet</translation>
    </message>
    <message>
        <source>Forget it</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Forget the interrupted action</source>
        <translation>Die unterbrochene Aktion verwerfen</translation>
    </message>
    <message>
        <source>Delete the record of the interrupted action; what is left of it is not sent</source>
        <translation>Die Aufzeichnung der unterbrochenen Aktion löschen; was davon übrig ist, wird nicht gesendet</translation>
    </message>
    <message>
        <source>Interrupted action not continued</source>
        <translation>Unterbrochene Aktion nicht weitergeführt</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Failed again</source>
        <translation>Erneut fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed again (new DLQ ID %1)</source>
        <translation>Erneut fehlgeschlagen (neue DLQ-ID %1)</translation>
    </message>
    <message>
        <source>Still running</source>
        <translation>Läuft noch</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Unbekannt: %1</translation>
    </message>
    <message>
        <source>The interrupted action went to %1, but the window now points elsewhere. Switch back to it and restart the app to continue; until then the record is kept.</source>
        <translation>Die unterbrochene Aktion ging an %1, aber das Fenster zeigt jetzt auf ein anderes Ziel. Wechseln Sie zurück und starten Sie die App neu, um fortzufahren; bis dahin bleibt die Aufzeichnung erhalten.</translation>
    </message>
    <message>
        <source>Cannot reach %1 — check the URL.</source>
        <translation>%1 ist nicht erreichbar – bitte die URL prüfen.</translation>
    </message>
    <message>
        <source>1 entry could not be fetched for the copy (%1: %2).</source>
        <translation>1 Eintrag konnte für die Kopie nicht abgerufen werden (%1: %2).</translation>
    </message>
    <message>
        <source>%1 entries could not be fetched for the copy (first: %2: %3).</source>
        <translation>%1 Einträge konnten für die Kopie nicht abgerufen werden (erster: %2: %3).</translation>
    </message>
    <message>
        <source>Finished: %1 of %2 done on %3.</source>
        <translation>Abgeschlossen: %1 von %2 erledigt auf %3.</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 done on %3; nothing more was sent.</source>
        <translation>Abgebrochen: %1 von %2 erledigt auf %3; nichts weiter wurde gesendet.</translation>
    </message>
    <message>
        <source>Stopped: the server rejected the token. %1 of %2 done on %3; nothing more was sent. Check the token in Settings.</source>
        <translation>Gestoppt: Der Server hat das Token abgelehnt. %1 von %2 erledigt auf %3; nichts weiter wurde gesendet. Prüfen Sie das Token in den Einstellungen.</translation>
    </message>
    <message>
        <source>Stopped: the request quota is used up (429). %1 of %2 done on %3; send the rest once the quota resets.</source>
        <translation>Gestoppt: Das Anfragekontingent ist aufgebraucht (429). %1 von %2 erledigt auf %3; senden Sie den Rest, sobald das Kontingent zurückgesetzt ist.</translation>
    </message>
    <message>
        <source>%1 of %2 done; nothing more was sent.</source>
        <translation>%1 von %2 erledigt; nichts weiter wurde gesendet.</translation>
    </message>
</context>
<context>
    <name>dlq::ActChooserDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Resume or restart DLQ entries</source>
        <translation>DLQ-Einträge fortsetzen oder neu starten</translation>
    </message>
    <message>
        <source>Confirm action</source>
        <translation>Aktion bestätigen</translation>
    </message>
    <message>
        <source>All entries that matched %1 at the preview (%2): exactly these IDs, not entries that arrive later.</source>
        <translation>Alle Einträge, die bei der Vorschau zu %1 passten (%2): genau diese IDs, keine später hinzukommenden Einträge.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>IDs: %1</source>
        <translation>IDs: %1</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>POST …/dlq/resume/{id}: a new run from the failed step</source>
        <translation>POST …/dlq/resume/{id}: ein neuer Run ab dem fehlgeschlagenen Schritt</translation>
    </message>
    <message>
        <source>Res&amp;tart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>POST …/dlq/restart/{id}: a new run from the first step</source>
        <translation>POST …/dlq/restart/{id}: ein neuer Run ab dem ersten Schritt</translation>
    </message>
    <message>
        <source>Resume continues from the failed step and keeps the results of the steps that already completed.</source>
        <translation>„Fortsetzen“ macht beim fehlgeschlagenen Schritt weiter und behält die Ergebnisse der bereits abgeschlossenen Schritte.</translation>
    </message>
    <message>
        <source>Restart runs the workflow again from the first step, with the original payload.</source>
        <translation>„Neu starten“ führt den Workflow noch einmal ab dem ersten Schritt aus, mit der ursprünglichen Payload.</translation>
    </message>
    <message>
        <source>Overrides for the new runs (optional)</source>
        <translation>Overrides für die neuen Runs (optional)</translation>
    </message>
    <message>
        <source>0 to %1</source>
        <translation>0 bis %1</translation>
    </message>
    <message>
        <source>&amp;Delay:</source>
        <translation>&amp;Verzögerung:</translation>
    </message>
    <message>
        <source>e.g. 10s, 5m, 1h</source>
        <translation>z. B. 10s, 5m, 1h</translation>
    </message>
    <message>
        <source>Retry de&amp;lay:</source>
        <translation>Wiederholungs&amp;abstand:</translation>
    </message>
    <message>
        <source>e.g. 1000 * retried</source>
        <translation>z. B. 1000 * retried</translation>
    </message>
    <message>
        <source>Flow control &amp;key:</source>
        <translation>Flow-Control-&amp;Key:</translation>
    </message>
    <message>
        <source>Flow control &amp;value:</source>
        <translation>Flow-Control-Va&amp;lue:</translation>
    </message>
    <message>
        <source>e.g. parallelism=2, rate=10, period=1m</source>
        <translation>z. B. parallelism=2, rate=10, period=1m</translation>
    </message>
    <message>
        <source>L&amp;abel:</source>
        <translation>Lab&amp;el:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Failure callback:</source>
        <translation>Failure-&amp;Callback:</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>%1 of these failed with a non-retryable error (HTTP 489); resuming them unchanged will fail again.</source>
        <translation>%1 davon sind mit einem nicht wiederholbaren Fehler (HTTP 489) fehlgeschlagen; unverändert fortgesetzt, schlagen sie erneut fehl.</translation>
    </message>
    <message>
        <source>Fa&amp;st mode (bulk, 100 per request, 50 for restart)</source>
        <translation>&amp;Schneller Modus (Bulk, 100 pro Anfrage, 50 bei Neustart)</translation>
    </message>
    <message>
        <source>Fast mode</source>
        <translation>Schneller Modus</translation>
    </message>
    <message>
        <source>Send the frozen IDs in bulk requests of dlqIds; the answers then do not say which new run belongs to which entry</source>
        <translation>Die eingefrorenen IDs in Bulk-Anfragen mit dlqIds senden; die Antworten sagen dann nicht, welcher neue Run zu welchem Eintrag gehört</translation>
    </message>
    <message>
        <source>Reason or ticket (optional)</source>
        <translation>Grund oder Ticket (optional)</translation>
    </message>
    <message>
        <source>e.g. INC-1234, replayed by hand</source>
        <translation>z. B. INC-1234, von Hand erneut abgespielt</translation>
    </message>
    <message>
        <source>Kept with this run in the ledger and the history; never sent</source>
        <translation>Wird mit diesem Lauf im Protokoll und im Verlauf gespeichert; nie gesendet</translation>
    </message>
    <message>
        <source>&amp;Reason or ticket (optional):</source>
        <translation>&amp;Grund oder Ticket (optional):</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Anzahl der Einträge</translation>
    </message>
    <message>
        <source>Type the number of entries to unlock the button</source>
        <translation>Geben Sie die Anzahl der Einträge ein, um die Schaltfläche freizugeben</translation>
    </message>
    <message>
        <source>Type %1 to &amp;confirm:</source>
        <translation>Zum &amp;Bestätigen %1 eingeben:</translation>
    </message>
    <message>
        <source>Cancel, send nothing</source>
        <translation>Abbrechen, nichts senden</translation>
    </message>
    <message>
        <source>Close without sending anything</source>
        <translation>Schließen, ohne etwas zu senden</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Sent as the %1 header; leave empty to keep the workflow&apos;s own</source>
        <translation>Wird als Header %1 gesendet; leer lassen, um den des Workflows zu behalten</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>Send the requests to %1</source>
        <translation>Die Anfragen an %1 senden</translation>
    </message>
    <message>
        <source>Retr&amp;ies:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
</context>
<context>
    <name>dlq::ActFlow</name>
    <message>
        <source>An action or a preview is already going.</source>
        <translation>Es läuft bereits eine Aktion oder eine Vorschau.</translation>
    </message>
    <message>
        <source>No server set up.</source>
        <translation>Kein Server eingerichtet.</translation>
    </message>
    <message>
        <source>The entries could not be saved before deleting them (%1), so nothing was deleted. Settings → “Save a copy of each entry before deleting it” turns the copy off.</source>
        <translation>Die Einträge konnten vor dem Löschen nicht gespeichert werden (%1), daher wurde nichts gelöscht. Einstellungen → „Vor dem Löschen eine Kopie jedes Eintrags speichern“ schaltet die Kopie ab.</translation>
    </message>
</context>
<context>
    <name>dlq::ActFollowBar</name>
    <message>
        <source>Follow-up of the new runs</source>
        <translation>Verfolgung der neuen Runs</translation>
    </message>
    <message>
        <source>Stop &amp;following</source>
        <translation>&amp;Verfolgung beenden</translation>
    </message>
    <message>
        <source>Stop following the new runs</source>
        <translation>Die neuen Runs nicht mehr verfolgen</translation>
    </message>
    <message>
        <source>Stop asking the server how the new runs went; the ledger keeps what is known so far</source>
        <translation>Den Server nicht mehr nach den neuen Runs fragen; das Protokoll behält, was bisher bekannt ist</translation>
    </message>
</context>
<context>
    <name>dlq::ActFollowUp</name>
    <message>
        <source>Stopped following: the ledger shown is another action&apos;s.</source>
        <translation>Verfolgung beendet: Das angezeigte Protokoll gehört zu einer anderen Aktion.</translation>
    </message>
    <message>
        <source>%1 recovered, %2 failed again, %3 running</source>
        <translation>%1 wiederhergestellt, %2 erneut fehlgeschlagen, %3 laufen noch</translation>
    </message>
    <message>
        <source>, %1 unknown</source>
        <translation>, %1 unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>Following %n new runs: %1.</source>
        <translation>
            <numerusform>Verfolge %n neuen Run: %1.</numerusform>
            <numerusform>Verfolge %n neue Runs: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Followed %n new runs: %1.</source>
        <translation>
            <numerusform>%n neuen Run verfolgt: %1.</numerusform>
            <numerusform>%n neue Runs verfolgt: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dlq::ActPanel</name>
    <message>
        <source>DLQ action</source>
        <translation>DLQ-Aktion</translation>
    </message>
    <message>
        <source>DLQ action and its ledger</source>
        <translation>DLQ-Aktion und ihr Protokoll</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Requests answered so far</source>
        <translation>Bisher beantwortete Anfragen</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>Aktionsstatus</translation>
    </message>
    <message>
        <source>Entries that arrived after the preview</source>
        <translation>Nach der Vorschau hinzugekommene Einträge</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>What happened to each DLQ entry, and the workflow run it started</source>
        <translation>Was mit jedem DLQ-Eintrag geschah und welchen Workflow-Run er gestartet hat</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Cancel the action</source>
        <translation>Die Aktion abbrechen</translation>
    </message>
    <message>
        <source>Stop sending; requests in flight may still be applied</source>
        <translation>Senden beenden; laufende Anfragen werden eventuell noch ausgeführt</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Als C&amp;SV exportieren…</translation>
    </message>
    <message>
        <source>Export the ledger as CSV</source>
        <translation>Das Protokoll als CSV exportieren</translation>
    </message>
    <message>
        <source>Save the ledger as a CSV file</source>
        <translation>Das Protokoll als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Export the ledger as JSON</source>
        <translation>Das Protokoll als JSON exportieren</translation>
    </message>
    <message>
        <source>Save the ledger as a JSON file</source>
        <translation>Das Protokoll als JSON-Datei speichern</translation>
    </message>
    <message>
        <source>Restart the refused entries instead</source>
        <translation>Die abgelehnten Einträge stattdessen neu starten</translation>
    </message>
    <message>
        <source>The server could not resume these (the workflow changed or does not support resume); restart them from the first step</source>
        <translation>Der Server konnte diese nicht fortsetzen (der Workflow hat sich geändert oder unterstützt kein Resume); starten Sie sie ab dem ersten Schritt neu</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close this panel; a running action goes on</source>
        <translation>Diesen Bereich schließen; eine laufende Aktion geht weiter</translation>
    </message>
    <message>
        <source>%1 of %2 requests answered…</source>
        <translation>%1 von %2 Anfragen beantwortet…</translation>
    </message>
    <message>
        <source>Listing every entry matching %1…</source>
        <translation>Alle Einträge, die zu %1 passen, werden aufgelistet…</translation>
    </message>
    <message>
        <source>Freezing the set: the action will touch exactly these entries.</source>
        <translation>Die Menge wird eingefroren: Die Aktion betrifft genau diese Einträge.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Entries that arrived after the preview were not counted: %1</source>
        <translation>Die nach der Vorschau hinzugekommenen Einträge wurden nicht gezählt: %1</translation>
    </message>
    <message>
        <source>&amp;Restart these %1 instead…</source>
        <translation>Stattdessen diese %1 &amp;neu starten…</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>Das Protokoll exportieren</translation>
    </message>
    <message>
        <source>Saved the ledger to %1.</source>
        <translation>Protokoll in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The entries as they were before: %1</source>
        <translation>Die Einträge im vorherigen Zustand: %1</translation>
    </message>
    <message>
        <source>1 entry arrived after the preview and was not touched.</source>
        <translation>1 Eintrag kam nach der Vorschau hinzu und wurde nicht angetastet.</translation>
    </message>
    <message>
        <source>%1 entries arrived after the preview and were not touched.</source>
        <translation>%1 Einträge kamen nach der Vorschau hinzu und wurden nicht angetastet.</translation>
    </message>
</context>
<context>
    <name>dlq::ActRun</name>
    <message>
        <source>An action is already running.</source>
        <translation>Es läuft bereits eine Aktion.</translation>
    </message>
    <message>
        <source>The run stopped early, so the entries that arrived after the preview were not counted.</source>
        <translation>Der Lauf endete vorzeitig, daher wurden die Einträge, die nach der Vorschau hinzukamen, nicht gezählt.</translation>
    </message>
    <message>
        <source>The recount did not finish.</source>
        <translation>Die Nachzählung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>In flight when the earlier run stopped; checked before it is sent again.</source>
        <translation>War unterwegs, als der frühere Lauf stoppte; wird vor dem erneuten Senden geprüft.</translation>
    </message>
    <message>
        <source>Sent in bulk without a clear answer; looked up one by one. %1</source>
        <translation>Per Bulk ohne eindeutige Antwort gesendet; einzeln nachgeschlagen. %1</translation>
    </message>
</context>
<context>
    <name>dlq::ActSessionKeeper</name>
    <message>
        <source>An interrupted action is waiting: continue it or forget it first.</source>
        <translation>Eine unterbrochene Aktion wartet: erst weiterführen oder verwerfen.</translation>
    </message>
    <message>
        <source>The record of an interrupted action was damaged: %1</source>
        <translation>Die Aufzeichnung einer unterbrochenen Aktion war beschädigt: %1</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Es wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>The interrupted action was forgotten; nothing more of it was sent.</source>
        <translation>Die unterbrochene Aktion wurde verworfen; nichts weiter davon wurde gesendet.</translation>
    </message>
</context>
<context>
    <name>dlq::ActionRun</name>
    <message>
        <source>Not sent: the run was cancelled.</source>
        <translation>Nicht gesendet: Der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not sent: cannot reach %1, so the run stopped.</source>
        <translation>Nicht gesendet: %1 ist nicht erreichbar, daher wurde der Lauf gestoppt.</translation>
    </message>
    <message>
        <source>Not sent: the server rejected the token, so the run stopped.</source>
        <translation>Nicht gesendet: Der Server hat das Token abgelehnt, daher wurde der Lauf gestoppt.</translation>
    </message>
    <message>
        <source>An earlier try&apos;s outcome is unknown; the server may have applied it.</source>
        <translation>Das Ergebnis eines früheren Versuchs ist unbekannt; der Server hat ihn eventuell ausgeführt.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Not retried: the run stopped.</source>
        <translation>Nicht wiederholt: Der Lauf wurde gestoppt.</translation>
    </message>
    <message>
        <source>look-up: %1</source>
        <translation>Abfrage: %1</translation>
    </message>
    <message>
        <source>Outcome unknown: entry no longer in the DLQ (the earlier request probably took effect). Not sent again.</source>
        <translation>Ergebnis unbekannt: Eintrag nicht mehr in der DLQ (die frühere Anfrage hat wahrscheinlich gewirkt). Nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Not sent again: the look-up after a try without an answer did not say whether the entry is still in the DLQ (%1).</source>
        <translation>Nicht erneut gesendet: Die Abfrage nach einem Versuch ohne Antwort hat nicht ergeben, ob der Eintrag noch in der DLQ ist (%1).</translation>
    </message>
</context>
<context>
    <name>dlq::BodyView</name>
    <message>
        <source>Copy body</source>
        <translation>Body kopieren</translation>
    </message>
    <message>
        <source>%1 summary</source>
        <translation>%1: Zusammenfassung</translation>
    </message>
    <message>
        <source>%1 size note</source>
        <translation>%1: Größenhinweis</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy the whole body, also the part not shown</source>
        <translation>Den ganzen Body kopieren, auch den nicht angezeigten Teil</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(kein Body)</translation>
    </message>
</context>
<context>
    <name>dlq::ConfirmDeleteDialog</name>
    <message>
        <source>Profile: %1 (production)</source>
        <translation>Profil: %1 (Produktion)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Retry deleting %1 from %2?</source>
        <translation>%1 erneut von %2 löschen?</translation>
    </message>
    <message>
        <source>Delete %1 from %2?</source>
        <translation>%1 von %2 löschen?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry failed deletes?</source>
        <translation>Fehlgeschlagene Löschungen wiederholen?</translation>
    </message>
    <message>
        <source>Delete DLQ entries?</source>
        <translation>DLQ-Einträge löschen?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Only the sandbox&apos;s test entries are affected.</source>
        <translation>Betroffen sind nur die Testeinträge der Sandbox.</translation>
    </message>
    <message>
        <source>These deletes failed or were cancelled in an earlier run; a cancelled one may already have been applied, in which case it now reports Not found.</source>
        <translation>Diese Löschungen sind in einem früheren Lauf fehlgeschlagen oder wurden abgebrochen; eine abgebrochene wurde eventuell schon ausgeführt und meldet dann „Nicht gefunden“.</translation>
    </message>
    <message>
        <source>All of them have an unusual shape</source>
        <translation>Alle haben eine ungewöhnliche Form</translation>
    </message>
    <message>
        <source>1 of them has an unusual shape</source>
        <translation>1 davon hat eine ungewöhnliche Form</translation>
    </message>
    <message>
        <source>%1 of them have an unusual shape</source>
        <translation>%1 davon haben eine ungewöhnliche Form</translation>
    </message>
    <message>
        <source>%1 (not like 1752829295505-0); they are sent exactly as typed.</source>
        <translation>%1 (anders als 1752829295505-0); sie werden genau so gesendet, wie sie eingegeben wurden.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>IDs: %1</source>
        <translation>IDs: %1</translation>
    </message>
    <message>
        <source>&amp;Fast bulk delete</source>
        <translation>&amp;Schnelles Bulk-Löschen</translation>
    </message>
    <message>
        <source>Fast bulk delete</source>
        <translation>Schnelles Bulk-Löschen</translation>
    </message>
    <message>
        <source>Send up to 100 IDs per request instead of one request per ID</source>
        <translation>Bis zu 100 IDs pro Anfrage senden statt einer Anfrage pro ID</translation>
    </message>
    <message>
        <source>Bulk mode sends up to 100 IDs per request and is much faster, but the server only reports how many of each chunk it deleted, not which IDs were missing: rows of a chunk with fewer deletions show “Deleted or not found”.</source>
        <translation>Der Bulk-Modus sendet bis zu 100 IDs pro Anfrage und ist viel schneller, aber der Server meldet nur, wie viele jedes Blocks er gelöscht hat, nicht welche IDs fehlten: Zeilen eines Blocks mit weniger Löschungen zeigen „Gelöscht oder nicht gefunden“.</translation>
    </message>
    <message>
        <source>About bulk mode</source>
        <translation>Über den Bulk-Modus</translation>
    </message>
    <message>
        <source>Reason or ticket (optional)</source>
        <translation>Grund oder Ticket (optional)</translation>
    </message>
    <message>
        <source>e.g. INC-1234, replayed by hand</source>
        <translation>z. B. INC-1234, von Hand erneut abgespielt</translation>
    </message>
    <message>
        <source>Kept with this run in the history; never sent to the server</source>
        <translation>Wird mit diesem Lauf im Verlauf gespeichert; nie an den Server gesendet</translation>
    </message>
    <message>
        <source>&amp;Reason or ticket (optional):</source>
        <translation>&amp;Grund oder Ticket (optional):</translation>
    </message>
    <message>
        <source>Number of IDs to delete</source>
        <translation>Anzahl der zu löschenden IDs</translation>
    </message>
    <message>
        <source>Type %1 to &amp;confirm:</source>
        <translation>Zum &amp;Bestätigen %1 eingeben:</translation>
    </message>
    <message>
        <source>Cancel, send nothing</source>
        <translation>Abbrechen, nichts senden</translation>
    </message>
    <message>
        <source>Close without sending anything</source>
        <translation>Schließen, ohne etwas zu senden</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Send a DELETE for each of these IDs to %1</source>
        <translation>Für jede dieser IDs ein DELETE an %1 senden</translation>
    </message>
    <message>
        <source>Send these IDs to %1 in bulk requests of up to 100 IDs each</source>
        <translation>Diese IDs in Bulk-Anfragen mit bis zu 100 IDs an %1 senden</translation>
    </message>
</context>
<context>
    <name>dlq::ConnectionTester</name>
    <message>
        <source>Enter a token first.</source>
        <translation>Geben Sie zuerst ein Token ein.</translation>
    </message>
</context>
<context>
    <name>dlq::DlqActions</name>
    <message>
        <source>Act on DLQ entries</source>
        <translation>Aktionen für DLQ-Einträge</translation>
    </message>
    <message>
        <source>Res&amp;ume selected…</source>
        <translation>Ausgewählte &amp;fortsetzen…</translation>
    </message>
    <message>
        <source>Start a new run of each selected entry from its failed step</source>
        <translation>Für jeden ausgewählten Eintrag einen neuen Run ab seinem fehlgeschlagenen Schritt starten</translation>
    </message>
    <message>
        <source>Res&amp;tart selected…</source>
        <translation>Ausgewählte &amp;neu starten…</translation>
    </message>
    <message>
        <source>Start a new run of each selected entry from the first step</source>
        <translation>Für jeden ausgewählten Eintrag einen neuen Run ab dem ersten Schritt starten</translation>
    </message>
    <message>
        <source>Retry &amp;failure callback…</source>
        <translation>Failure-Callback &amp;wiederholen…</translation>
    </message>
    <message>
        <source>Retry the failure callback of the selected entries (only where it failed)</source>
        <translation>Den Failure-Callback der ausgewählten Einträge wiederholen (nur wo er fehlgeschlagen ist)</translation>
    </message>
    <message>
        <source>Cance&amp;l failure callback…</source>
        <translation>Failure-Callback a&amp;bbrechen…</translation>
    </message>
    <message>
        <source>Cancel the running failure callback of the selected entries</source>
        <translation>Den laufenden Failure-Callback der ausgewählten Einträge abbrechen</translation>
    </message>
    <message>
        <source>Resume &amp;all matching…</source>
        <translation>Alle passenden fort&amp;setzen…</translation>
    </message>
    <message>
        <source>Preview every entry matching the loaded filter, then resume exactly those</source>
        <translation>Alle zum geladenen Filter passenden Einträge in einer Vorschau ermitteln, dann genau diese fortsetzen</translation>
    </message>
    <message>
        <source>Restart all &amp;matching…</source>
        <translation>Alle passenden neu s&amp;tarten…</translation>
    </message>
    <message>
        <source>Preview every entry matching the loaded filter, then restart exactly those</source>
        <translation>Alle zum geladenen Filter passenden Einträge in einer Vorschau ermitteln, dann genau diese neu starten</translation>
    </message>
    <message>
        <source>&amp;Delete all matching…</source>
        <translation>Alle passenden &amp;löschen…</translation>
    </message>
    <message>
        <source>Preview every entry matching the loaded filter, then delete exactly those</source>
        <translation>Alle zum geladenen Filter passenden Einträge in einer Vorschau ermitteln, dann genau diese löschen</translation>
    </message>
    <message>
        <source>Ac&amp;t</source>
        <translation>Ak&amp;tion</translation>
    </message>
    <message>
        <source>Resume, restart or handle the failure callback of the selected entries, or act on all entries matching the filter</source>
        <translation>Die ausgewählten Einträge fortsetzen, neu starten oder ihren Failure-Callback behandeln, oder eine Aktion auf alle zum Filter passenden Einträge anwenden</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Es wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>No filter</source>
        <translation>Kein Filter</translation>
    </message>
    <message>
        <source>No filter is applied, so “all matching” would be the whole DLQ. Apply a filter first; nothing was sent.</source>
        <translation>Es ist kein Filter angewendet, daher wäre „alle passenden“ die ganze DLQ. Wenden Sie zuerst einen Filter an; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Apply a filter first: all matching needs one.</source>
        <translation>Wenden Sie zuerst einen Filter an: „Alle passenden“ braucht einen.</translation>
    </message>
    <message>
        <source>The preview did not finish, so nothing was sent. %1</source>
        <translation>Die Vorschau wurde nicht abgeschlossen, daher wurde nichts gesendet. %1</translation>
    </message>
    <message>
        <source>Nothing matches %1; nothing was sent.</source>
        <translation>Nichts passt zu %1; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>&amp;Show the last ledger</source>
        <translation>Letztes Protokoll &amp;anzeigen</translation>
    </message>
    <message>
        <source>Show the last action&apos;s ledger and follow-up again</source>
        <translation>Das Protokoll und die Verfolgung der letzten Aktion wieder anzeigen</translation>
    </message>
    <message>
        <source>Stopped following: the window now works on %1.</source>
        <translation>Verfolgung beendet: Das Fenster arbeitet jetzt mit %1.</translation>
    </message>
    <message>
        <source>Stopped following: a new action started.</source>
        <translation>Verfolgung beendet: Eine neue Aktion wurde gestartet.</translation>
    </message>
    <message>
        <source>1 entry matches; waiting for the confirmation.</source>
        <translation>1 Eintrag passt; warte auf die Bestätigung.</translation>
    </message>
    <message>
        <source>%1 entries match; waiting for the confirmation.</source>
        <translation>%1 Einträge passen; warte auf die Bestätigung.</translation>
    </message>
</context>
<context>
    <name>dlq::DlqEntriesModel</name>
    <message>
        <source>The entry has no DLQ ID, so nothing can be done with it.</source>
        <translation>Der Eintrag hat keine DLQ-ID, daher lässt sich nichts mit ihm tun.</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>weg</translation>
    </message>
    <message>
        <source> · gone</source>
        <translation> · weg</translation>
    </message>
    <message>
        <source>(unreadable entry)</source>
        <translation>(unlesbarer Eintrag)</translation>
    </message>
    <message>
        <source> (incomplete)</source>
        <translation> (unvollständig)</translation>
    </message>
    <message>
        <source>Failed at</source>
        <translation>Fehlgeschlagen am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Workflow URL</source>
        <translation>Workflow-URL</translation>
    </message>
    <message>
        <source>Failed step URL</source>
        <translation>URL des fehlgeschlagenen Schritts</translation>
    </message>
    <message>
        <source>Run ID</source>
        <translation>Run-ID</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Failure callback</source>
        <translation>Failure-Callback</translation>
    </message>
    <message>
        <source>DLQ ID</source>
        <translation>DLQ-ID</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Läuft ab in</translation>
    </message>
    <message>
        <source>No server is set up, so nothing can be loaded.</source>
        <translation>Es ist kein Server eingerichtet, daher lässt sich nichts laden.</translation>
    </message>
    <message>
        <source>Loaded %1 entries, the limit: more entries are on the server and were not loaded. Load more to continue.</source>
        <translation>%1 Einträge geladen, das Limit: Auf dem Server liegen weitere, die nicht geladen wurden. „Mehr laden“ setzt fort.</translation>
    </message>
    <message>
        <source>This entry is gone from the DLQ (deleted, expired by retention, or in another region).</source>
        <translation>Dieser Eintrag ist nicht mehr in der DLQ (gelöscht, durch die Aufbewahrungsfrist abgelaufen oder in einer anderen Region).</translation>
    </message>
</context>
<context>
    <name>dlq::DlqFilterBar</name>
    <message>
        <source>DLQ filters</source>
        <translation>DLQ-Filter</translation>
    </message>
    <message>
        <source>Failed when</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Failed from</source>
        <translation>Fehlgeschlagen ab</translation>
    </message>
    <message>
        <source>Failed until</source>
        <translation>Fehlgeschlagen bis</translation>
    </message>
    <message>
        <source>Workflow URL</source>
        <translation>Workflow-URL</translation>
    </message>
    <message>
        <source>any (exact URLs, space-separated)</source>
        <translation>beliebig (exakte URLs, durch Leerzeichen getrennt)</translation>
    </message>
    <message>
        <source>Run ID</source>
        <translation>Run-ID</translation>
    </message>
    <message>
        <source>wfr_…</source>
        <translation>wfr_…</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>any (comma-separated)</source>
        <translation>beliebig (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Failure callback state</source>
        <translation>Status des Failure-Callbacks</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Caller IP</source>
        <translation>Aufrufer-IP</translation>
    </message>
    <message>
        <source>Flow-control key</source>
        <translation>Flow-Control-Key</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>An&amp;wenden</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Filter anwenden</translation>
    </message>
    <message>
        <source>Load the DLQ with these filters (Enter)</source>
        <translation>Die DLQ mit diesen Filtern laden (Eingabetaste)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>Empty every filter and load the whole DLQ</source>
        <translation>Alle Filter leeren und die ganze DLQ laden</translation>
    </message>
    <message>
        <source>Filter problems</source>
        <translation>Filterprobleme</translation>
    </message>
    <message>
        <source>Failed &amp;when:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Wor&amp;kflow URL:</source>
        <translation>Wor&amp;kflow-URL:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Run &amp;ID:</source>
        <translation>Run-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>Callback:</source>
        <translation>Callback:</translation>
    </message>
    <message>
        <source>Caller IP:</source>
        <translation>Aufrufer-IP:</translation>
    </message>
    <message>
        <source>Flow-control ke&amp;y:</source>
        <translation>Flow-Control-Ke&amp;y:</translation>
    </message>
    <message>
        <source>Each state picked is added, or removed when it was chosen already; Any removes them all</source>
        <translation>Jeder gewählte Status wird hinzugefügt oder, falls er schon gewählt war, entfernt; „Beliebig“ entfernt alle</translation>
    </message>
</context>
<context>
    <name>dlq::DlqPager</name>
    <message>
        <source>Already loading.</source>
        <translation>Wird bereits geladen.</translation>
    </message>
    <message>
        <source>Page %1 could not be loaded: %2</source>
        <translation>Seite %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>Seite %1: %2</translation>
    </message>
    <message>
        <source>Entry %1 of page %2</source>
        <translation>Eintrag %1 auf Seite %2</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>The server sent cursor &quot;%1&quot; a second time; loading stopped so it does not go round in circles.</source>
        <translation>Der Server hat den Cursor „%1“ ein zweites Mal gesendet; das Laden wurde gestoppt, damit es sich nicht im Kreis dreht.</translation>
    </message>
    <message>
        <source>The server rejected the token, so loading stopped. %1</source>
        <translation>Der Server hat das Token abgelehnt, daher wurde das Laden gestoppt. %1</translation>
    </message>
    <message>
        <source>Cannot reach %1, so loading stopped.</source>
        <translation>%1 ist nicht erreichbar, daher wurde das Laden gestoppt.</translation>
    </message>
    <message>
        <source>More entries not loaded: stopped at the limit of %1 entries. Load more to continue.</source>
        <translation>Weitere Einträge nicht geladen: beim Limit von %1 Einträgen gestoppt. „Mehr laden“ setzt fort.</translation>
    </message>
    <message>
        <source>%1 The %2 entries loaded before it are kept.</source>
        <translation>%1 Die %2 zuvor geladenen Einträge bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>dlq::DlqView</name>
    <message>
        <source>DLQ</source>
        <translation>DLQ</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>DLQ entries</source>
        <translation>DLQ-Einträge</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Eintragsdetails</translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation>Ladestatus</translation>
    </message>
    <message>
        <source>L&amp;oad all</source>
        <translation>Alle lade&amp;n</translation>
    </message>
    <message>
        <source>Load all entries</source>
        <translation>Alle Einträge laden</translation>
    </message>
    <message>
        <source>Keep loading pages in the background up to the limit</source>
        <translation>Im Hintergrund weiter Seiten laden, bis zum Limit</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>Load more entries</source>
        <translation>Mehr Einträge laden</translation>
    </message>
    <message>
        <source>Raise the limit by %1 entries and go on loading</source>
        <translation>Das Limit um %1 Einträge erhöhen und weiterladen</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Laden stoppen</translation>
    </message>
    <message>
        <source>Stop after the page in flight; what was loaded stays</source>
        <translation>Nach der laufenden Seite aufhören; Geladenes bleibt</translation>
    </message>
    <message>
        <source>Search loaded entries</source>
        <translation>Geladene Einträge durchsuchen</translation>
    </message>
    <message>
        <source>Search the loaded entries</source>
        <translation>Die geladenen Einträge durchsuchen</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>No groups</source>
        <translation>Keine Gruppen</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>Antwortstatus</translation>
    </message>
    <message>
        <source>Status and workflow</source>
        <translation>Status und Workflow</translation>
    </message>
    <message>
        <source>Workflow URL</source>
        <translation>Workflow-URL</translation>
    </message>
    <message>
        <source>Failed step</source>
        <translation>Fehlgeschlagener Schritt</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 Tage</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>How long your plan keeps DLQ entries (Free: 3 days, Pay-as-you-go: 7 days, fixed plans: up to 3 months); the Expires in column counts from each entry&apos;s creation</source>
        <translation>Wie lange Ihr Tarif DLQ-Einträge aufbewahrt (Free: 3 Tage, Pay-as-you-go: 7 Tage, feste Tarife: bis zu 3 Monate); die Spalte „Läuft ab in“ zählt ab der Erstellung jedes Eintrags</translation>
    </message>
    <message>
        <source>Retention in days</source>
        <translation>Aufbewahrung in Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Delete selected…</source>
        <translation>Ausgewählte löschen…</translation>
    </message>
    <message>
        <source>Delete selected entries</source>
        <translation>Ausgewählte Einträge löschen</translation>
    </message>
    <message>
        <source>Put the selected DLQ IDs on the ID list and ask before deleting</source>
        <translation>Die ausgewählten DLQ-IDs auf die ID-Liste setzen und vor dem Löschen nachfragen</translation>
    </message>
    <message>
        <source>&amp;Quick search:</source>
        <translation>S&amp;chnellsuche:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <source>Expires after (rete&amp;ntion):</source>
        <translation>Läuft ab nach (Aufbewah&amp;rung):</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <source>No server set up.</source>
        <translation>Kein Server eingerichtet.</translation>
    </message>
    <message>
        <source>Loading… %1 entries so far.</source>
        <translation>Wird geladen… bisher %1 Einträge.</translation>
    </message>
    <message>
        <source>No entries loaded. Apply a filter (or none) to load the DLQ.</source>
        <translation>Keine Einträge geladen. Wenden Sie einen Filter (oder keinen) an, um die DLQ zu laden.</translation>
    </message>
    <message>
        <source>%1 entries loaded; more on the server (scroll or Load all).</source>
        <translation>%1 Einträge geladen; weitere auf dem Server (scrollen oder „Alle laden“).</translation>
    </message>
    <message>
        <source>%1 entries loaded: all that match.</source>
        <translation>%1 Einträge geladen: alle passenden.</translation>
    </message>
    <message>
        <source>%1 shown by the search.</source>
        <translation>%1 von der Suche angezeigt.</translation>
    </message>
    <message>
        <source>Selected %1 entries of the group.</source>
        <translation>%1 Einträge der Gruppe ausgewählt.</translation>
    </message>
    <message>
        <source>Entry %1 is gone from the DLQ: deleted, expired by retention, or never in this region.</source>
        <translation>Eintrag %1 ist nicht mehr in der DLQ: gelöscht, durch die Aufbewahrungsfrist abgelaufen oder nie in dieser Region.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the DLQ entries</source>
        <translation>Die DLQ-Einträge aktualisieren</translation>
    </message>
    <message>
        <source>Load the first page again with the filter shown (F5)</source>
        <translation>Die erste Seite mit dem angezeigten Filter neu laden (F5)</translation>
    </message>
    <message>
        <source>Set the server and token in Settings → Connection settings… to browse the DLQ.</source>
        <translation>Legen Sie Server und Token unter Einstellungen → Verbindungseinstellungen… fest, um die DLQ zu durchsuchen.</translation>
    </message>
    <message>
        <source>No entries were loaded.</source>
        <translation>Es wurden keine Einträge geladen.</translation>
    </message>
    <message>
        <source>%1 entries loaded; loading was stopped before the end (Refresh starts again).</source>
        <translation>%1 Einträge geladen; das Laden wurde vor dem Ende angehalten (Aktualisieren beginnt von vorn).</translation>
    </message>
</context>
<context>
    <name>dlq::EntryDetailsPane</name>
    <message>
        <source>Entry details</source>
        <translation>Eintragsdetails</translation>
    </message>
    <message>
        <source>Entry shown</source>
        <translation>Angezeigter Eintrag</translation>
    </message>
    <message>
        <source>Entry status</source>
        <translation>Eintragsstatus</translation>
    </message>
    <message>
        <source>Copy DLQ ID</source>
        <translation>DLQ-ID kopieren</translation>
    </message>
    <message>
        <source>DLQ ID</source>
        <translation>DLQ-ID</translation>
    </message>
    <message>
        <source>Copy run ID</source>
        <translation>Run-ID kopieren</translation>
    </message>
    <message>
        <source>workflow run ID</source>
        <translation>Workflow-Run-ID</translation>
    </message>
    <message>
        <source>Copy c&amp;url</source>
        <translation>c&amp;url kopieren</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>curl-Befehl</translation>
    </message>
    <message>
        <source>A curl command that fetches this entry; it reads the token from $QSTASH_TOKEN</source>
        <translation>Ein curl-Befehl, der diesen Eintrag abruft; er liest das Token aus $QSTASH_TOKEN</translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>&amp;JSON kopieren</translation>
    </message>
    <message>
        <source>entry JSON</source>
        <translation>Eintrags-JSON</translation>
    </message>
    <message>
        <source>Entry details sections</source>
        <translation>Abschnitte der Eintragsdetails</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Failure callback</source>
        <translation>Failure-Callback</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Rohes JSON</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy the %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 headers</source>
        <translation>%1-Header</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>%1 body</source>
        <translation>%1-Body</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Step URL</source>
        <translation>Schritt-URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No failure callback</source>
        <translation>Kein Failure-Callback</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Failure callback source</source>
        <translation>Quelle des Failure-Callbacks</translation>
    </message>
    <message>
        <source>Callback response</source>
        <translation>Callback-Antwort</translation>
    </message>
    <message>
        <source>Workflow URL</source>
        <translation>Workflow-URL</translation>
    </message>
    <message>
        <source>Workflow run ID</source>
        <translation>Workflow-Run-ID</translation>
    </message>
    <message>
        <source>Workflow created at</source>
        <translation>Workflow erstellt am</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Max retries</source>
        <translation>Max. Wiederholungen</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Flow-control key</source>
        <translation>Flow-Control-Key</translation>
    </message>
    <message>
        <source>Caller IP</source>
        <translation>Aufrufer-IP</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Nicht vor</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Fields that could not be read</source>
        <translation>Felder, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <source>DLQ entry %1</source>
        <translation>DLQ-Eintrag %1</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Gone: this entry is no longer in the DLQ (deleted, expired by retention, or in another region).</source>
        <translation>Weg: Dieser Eintrag ist nicht mehr in der DLQ (gelöscht, durch die Aufbewahrungsfrist abgelaufen oder in einer anderen Region).</translation>
    </message>
    <message>
        <source>Below is the last copy loaded.</source>
        <translation>Unten steht die zuletzt geladene Kopie.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Refresh failed: %1 Below is the last copy loaded.</source>
        <translation>Aktualisierung fehlgeschlagen: %1 Unten steht die zuletzt geladene Kopie.</translation>
    </message>
    <message>
        <source>Could not load the entry: %1</source>
        <translation>Der Eintrag konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No entry selected</source>
        <translation>Kein Eintrag ausgewählt</translation>
    </message>
    <message>
        <source>without an ID</source>
        <translation>ohne ID</translation>
    </message>
    <message>
        <source> · non-retryable</source>
        <translation> · nicht wiederholbar</translation>
    </message>
    <message>
        <source>The server sent only the callback&apos;s state (failureFunctionState), not its answer: no status, headers or body to show.</source>
        <translation>Der Server hat nur den Zustand des Callbacks gesendet (failureFunctionState), nicht seine Antwort: kein Status, keine Header, kein Body zum Anzeigen.</translation>
    </message>
    <message>
        <source>Failure callback (%1)</source>
        <translation>Failure-Callback (%1)</translation>
    </message>
    <message>
        <source>no state</source>
        <translation>kein Zustand</translation>
    </message>
    <message>
        <source>Non-retryable (status 489 / Upstash-NonRetryable-Error): the workflow failed on purpose, so resuming it unchanged is unlikely to help</source>
        <translation>Nicht wiederholbar (Status 489 / Upstash-NonRetryable-Error): Der Workflow ist absichtlich fehlgeschlagen, ihn unverändert fortzusetzen hilft daher kaum</translation>
    </message>
    <message>
        <source>Retryable</source>
        <translation>Wiederholbar</translation>
    </message>
    <message>
        <source>Meta (1 problem)</source>
        <translation>Meta (1 Problem)</translation>
    </message>
    <message>
        <source>Meta (%1 problems)</source>
        <translation>Meta (%1 Probleme)</translation>
    </message>
</context>
<context>
    <name>dlq::FileTokenStore</name>
    <message>
        <source>the settings file</source>
        <translation>die Einstellungsdatei</translation>
    </message>
</context>
<context>
    <name>dlq::HistoryDialog</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search the history for this ID</source>
        <translation>Den Verlauf nach dieser ID durchsuchen</translation>
    </message>
    <message>
        <source>Show &amp;all runs</source>
        <translation>&amp;Alle Läufe zeigen</translation>
    </message>
    <message>
        <source>Show all runs</source>
        <translation>Alle Läufe zeigen</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Results of the run</source>
        <translation>Ergebnisse des Laufs</translation>
    </message>
    <message>
        <source>&amp;Open run</source>
        <translation>Lauf ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show the results of the selected run</source>
        <translation>Die Ergebnisse des ausgewählten Laufs zeigen</translation>
    </message>
    <message>
        <source>&amp;Export run…</source>
        <translation>Lauf &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the results of the run shown</source>
        <translation>Die Ergebnisse des angezeigten Laufs exportieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>DLQ ID to search for</source>
        <translation>Zu suchende DLQ-ID</translation>
    </message>
    <message>
        <source>Was it ever deleted? Paste a DLQ ID, e.g. 1752829295505-0</source>
        <translation>Wurde sie je gelöscht? Fügen Sie eine DLQ-ID ein, z. B. 1752829295505-0</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>History is off: no history file is in use.</source>
        <translation>Der Verlauf ist aus: Es wird keine Verlaufsdatei verwendet.</translation>
    </message>
    <message>
        <source>No runs recorded yet.</source>
        <translation>Noch keine Läufe aufgezeichnet.</translation>
    </message>
    <message>
        <source>%1 recorded, newest first.</source>
        <translation>%1 aufgezeichnet, neueste zuerst.</translation>
    </message>
    <message>
        <source>1 run</source>
        <translation>1 Lauf</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 Läufe</translation>
    </message>
    <message>
        <source>%1 is in no recorded run.</source>
        <translation>%1 kommt in keinem aufgezeichneten Lauf vor.</translation>
    </message>
    <message>
        <source>%1 was in %2; the latest: %3 on %4 (%5).</source>
        <translation>%1 war in %2; der letzte: %3 am %4 (%5).</translation>
    </message>
    <message>
        <source>This run could not be read from the history.</source>
        <translation>Dieser Lauf konnte nicht aus dem Verlauf gelesen werden.</translation>
    </message>
    <message>
        <source>%1 of %2 on %3 at %4 — %5</source>
        <translation>%1 von %2 auf %3 am %4 — %5</translation>
    </message>
    <message>
        <source>Reason or ticket: %1</source>
        <translation>Grund oder Ticket: %1</translation>
    </message>
    <message>
        <source>Export run %1 (%2)</source>
        <translation>Lauf %1 exportieren (%2)</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>%1 konnte nicht geschrieben werden:
%2</translation>
    </message>
    <message>
        <source>Open &amp;copy</source>
        <translation>&amp;Kopie öffnen</translation>
    </message>
    <message>
        <source>Open the copy of the entries saved before this delete</source>
        <translation>Die vor diesem Löschen gesicherte Kopie der Einträge öffnen</translation>
    </message>
    <message>
        <source>Copy of the entries saved before: %1</source>
        <translation>Vorher gesicherte Kopie der Einträge: %1</translation>
    </message>
</context>
<context>
    <name>dlq::HistoryRunsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Bulk delete</source>
        <translation>Bulk-Löschen</translation>
    </message>
    <message>
        <source>dlqctl</source>
        <translation>dlqctl</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>IDs</source>
        <translation>IDs</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Reason or ticket</source>
        <translation>Grund oder Ticket</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Result for this ID</source>
        <translation>Ergebnis für diese ID</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>dlq::HistoryStore</name>
    <message>
        <source>History is off: %1. Runs are not recorded until it can be opened; move the file away to start a new history.</source>
        <translation>Der Verlauf ist aus: %1. Läufe werden erst wieder aufgezeichnet, wenn er sich öffnen lässt; verschieben Sie die Datei, um einen neuen Verlauf zu beginnen.</translation>
    </message>
    <message>
        <source>The run could not be written to %1 (%2).</source>
        <translation>Der Lauf konnte nicht in %1 geschrieben werden (%2).</translation>
    </message>
</context>
<context>
    <name>dlq::HistoryWriter</name>
    <message>
        <source>the run could not be written (%1)</source>
        <translation>der Lauf konnte nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>the follow-up could not be written (%1)</source>
        <translation>die Verfolgung konnte nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>the follow-up could not be written: its run is not in the history</source>
        <translation>die Verfolgung konnte nicht geschrieben werden: Ihr Lauf fehlt im Verlauf</translation>
    </message>
</context>
<context>
    <name>dlq::IdEntryBar</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Import IDs from a file</source>
        <translation>IDs aus einer Datei importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>DLQ IDs to add</source>
        <translation>Hinzuzufügende DLQ-IDs</translation>
    </message>
    <message>
        <source>Type or paste DLQ IDs and press Enter</source>
        <translation>DLQ-IDs eingeben oder einfügen und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Separate several IDs with spaces, commas or new lines</source>
        <translation>Mehrere IDs durch Leerzeichen, Kommas oder Zeilenumbrüche trennen</translation>
    </message>
    <message>
        <source>Add IDs</source>
        <translation>IDs hinzufügen</translation>
    </message>
    <message>
        <source>Add the IDs typed in the line to the list (Enter)</source>
        <translation>Die in der Zeile eingegebenen IDs zur Liste hinzufügen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Last added</source>
        <translation>Zuletzt hinzugefügt</translation>
    </message>
    <message>
        <source>Nothing added yet. Paste IDs with Ctrl+V anywhere in the window, or drop a .txt, .csv or .json file.</source>
        <translation>Noch nichts hinzugefügt. Fügen Sie IDs mit Strg+V irgendwo im Fenster ein oder ziehen Sie eine .txt-, .csv- oder .json-Datei hierher.</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>Importprobleme</translation>
    </message>
    <message>
        <source>Reading IDs</source>
        <translation>IDs werden gelesen</translation>
    </message>
    <message>
        <source>Cancel reading IDs</source>
        <translation>Lesen der IDs abbrechen</translation>
    </message>
    <message>
        <source>Stop reading the pasted or imported IDs; nothing is added</source>
        <translation>Das Lesen der eingefügten oder importierten IDs beenden; nichts wird hinzugefügt</translation>
    </message>
    <message>
        <source>%1 in the list.</source>
        <translation>%1 in der Liste.</translation>
    </message>
    <message>
        <source>The list is empty. Paste IDs with Ctrl+V anywhere in the window, or drop a .txt, .csv or .json file.</source>
        <translation>Die Liste ist leer. Fügen Sie IDs mit Strg+V irgendwo im Fenster ein oder ziehen Sie eine .txt-, .csv- oder .json-Datei hierher.</translation>
    </message>
</context>
<context>
    <name>dlq::IdIntake</name>
    <message>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the IDs…</source>
        <translation>Die IDs werden gelesen…</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>Hinzufügen: %1…</translation>
    </message>
    <message>
        <source>Cancelled after adding %1.</source>
        <translation>Abgebrochen nach dem Hinzufügen von %1.</translation>
    </message>
    <message>
        <source>Added %1 from %2.</source>
        <translation>%1 aus %2 hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>dlq::KeychainTokenStore</name>
    <message>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>The system keychain answered with error %1.</source>
        <translation>Der Schlüsselbund des Systems antwortete mit Fehler %1.</translation>
    </message>
</context>
<context>
    <name>dlq::MainWindow</name>
    <message>
        <source>DLQ Manager</source>
        <translation>DLQ Manager</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Ausgewählte entfernen</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Alles leeren</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Copy selected rows</source>
        <translation>Ausgewählte Zeilen kopieren</translation>
    </message>
    <message>
        <source>Copy selected IDs</source>
        <translation>Ausgewählte IDs kopieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Pause or resume the run</source>
        <translation>Lauf anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Delete IDs</source>
        <translation>IDs löschen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>ID list</source>
        <translation>ID-Liste</translation>
    </message>
    <message>
        <source>DLQ</source>
        <translation>DLQ</translation>
    </message>
    <message>
        <source>Pasted and imported IDs and their results (Ctrl+1)</source>
        <translation>Eingefügte und importierte IDs und ihre Ergebnisse (Strg+1)</translation>
    </message>
    <message>
        <source>Browse and filter the dead letter queue (Ctrl+2)</source>
        <translation>Die Dead Letter Queue durchsuchen und filtern (Strg+2)</translation>
    </message>
    <message>
        <source>the entry line</source>
        <translation>die Eingabezeile</translation>
    </message>
    <message>
        <source>sandbox %1</source>
        <translation>Sandbox %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — DLQ Manager</source>
        <translation>%1 — DLQ Manager</translation>
    </message>
    <message>
        <source>Deletes now go to %1.</source>
        <translation>Löschungen gehen jetzt an %1.</translation>
    </message>
    <message>
        <source>Reset %1 to Pending for %2.</source>
        <translation>%1 für %2 auf „Ausstehend“ zurückgesetzt.</translation>
    </message>
    <message>
        <source>&amp;Delete %1…</source>
        <translation>%1 &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Delete IDs…</source>
        <translation>IDs &amp;löschen…</translation>
    </message>
    <message>
        <source>A run is in progress.</source>
        <translation>Ein Lauf ist im Gang.</translation>
    </message>
    <message>
        <source>No IDs waiting to be deleted: add some first.</source>
        <translation>Keine IDs warten auf das Löschen: Fügen Sie zuerst welche hinzu.</translation>
    </message>
    <message>
        <source>Send a DELETE for each ID not deleted yet to %1 (asks first; Ctrl+Enter)</source>
        <translation>Für jede noch nicht gelöschte ID ein DELETE an %1 senden (fragt vorher; Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Re&amp;try failed (%1)…</source>
        <translation>Fehlgeschlagene &amp;wiederholen (%1)…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Send new deletes again</source>
        <translation>Neue Löschungen wieder senden</translation>
    </message>
    <message>
        <source>Stop sending new deletes for now; those in flight finish</source>
        <translation>Vorerst keine neuen Löschungen senden; laufende werden abgeschlossen</translation>
    </message>
    <message>
        <source>No IDs in the list.</source>
        <translation>Keine IDs in der Liste.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to take IDs from.</source>
        <translation>Die Zwischenablage enthält keinen Text, aus dem sich IDs lesen ließen.</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>die Zwischenablage</translation>
    </message>
    <message>
        <source>Export %1 shown rows of %2</source>
        <translation>%1 angezeigte Zeilen von %2 exportieren</translation>
    </message>
    <message>
        <source>Export all %1</source>
        <translation>Alle %1 exportieren</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>%1 konnte nicht geschrieben werden:
%2</translation>
    </message>
    <message>
        <source>%1 shown rows of %2</source>
        <translation>%1 angezeigte Zeilen von %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <source>Removed %1 from the list.</source>
        <translation>%1 von der Liste entfernt.</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>Zeilen entfernen</translation>
    </message>
    <message>
        <source>Results for %1 were never exported. Remove the %2 selected from the list anyway?</source>
        <translation>Die Ergebnisse für %1 wurden nie exportiert. Die %2 ausgewählten trotzdem von der Liste entfernen?</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Cleared %1 from the list.</source>
        <translation>%1 aus der Liste geleert.</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Die Liste leeren</translation>
    </message>
    <message>
        <source>Results for %1 were never exported. Clear the list anyway?</source>
        <translation>Die Ergebnisse für %1 wurden nie exportiert. Die Liste trotzdem leeren?</translation>
    </message>
    <message>
        <source>Clear all %1</source>
        <translation>Alle %1 leeren</translation>
    </message>
    <message>
        <source>The run was not recorded in the history: %1</source>
        <translation>Der Lauf wurde nicht im Verlauf aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>Copied %1 sample IDs: half exist in the sandbox, half do not. Press Ctrl+V to add them.</source>
        <translation>%1 Beispiel-IDs kopiert: Die Hälfte existiert in der Sandbox, die andere nicht. Drücken Sie Strg+V, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>A run is in progress: delete these when it is over.</source>
        <translation>Ein Lauf ist im Gang: Löschen Sie diese, wenn er vorbei ist.</translation>
    </message>
    <message>
        <source>the DLQ view</source>
        <translation>die DLQ-Ansicht</translation>
    </message>
    <message>
        <source>Results not exported</source>
        <translation>Ergebnisse nicht exportiert</translation>
    </message>
    <message>
        <source>Results for %1 were never exported. Quit anyway?</source>
        <translation>Die Ergebnisse für %1 wurden nie exportiert. Trotzdem beenden?</translation>
    </message>
    <message>
        <source>Quit without exporting</source>
        <translation>Beenden ohne Export</translation>
    </message>
    <message>
        <source>the dropped text</source>
        <translation>der abgelegte Text</translation>
    </message>
    <message>
        <source>a run is in progress</source>
        <translation>ein Lauf im Gang ist</translation>
    </message>
    <message>
        <source>an action on DLQ entries is in progress</source>
        <translation>eine Aktion auf DLQ-Einträgen im Gang ist</translation>
    </message>
    <message>
        <source>the DLQ tab is loading entries</source>
        <translation>der DLQ-Tab Einträge lädt</translation>
    </message>
</context>
<context>
    <name>dlq::ProfilePicker</name>
    <message>
        <source>Profile to edit</source>
        <translation>Zu bearbeitendes Profil</translation>
    </message>
    <message>
        <source>The profile these settings belong to</source>
        <translation>Das Profil, zu dem diese Einstellungen gehören</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Add a new profile and edit it</source>
        <translation>Ein neues Profil hinzufügen und bearbeiten</translation>
    </message>
    <message>
        <source>Duplicat&amp;e</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <source>A new profile with this one&apos;s server, pacing and colour; paste its token yourself</source>
        <translation>Ein neues Profil mit Server, Tempo und Farbe dieses Profils; das Token fügen Sie selbst ein</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove this profile and its stored token, after asking</source>
        <translation>Dieses Profil und sein gespeichertes Token nach Rückfrage entfernen</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Shown in the title, the banner and every confirmation</source>
        <translation>Wird im Titel, im Banner und in jeder Bestätigung angezeigt</translation>
    </message>
    <message>
        <source>Profile name problem</source>
        <translation>Problem mit dem Profilnamen</translation>
    </message>
    <message>
        <source>Profile note</source>
        <translation>Profilhinweis</translation>
    </message>
    <message>
        <source>Profile colour</source>
        <translation>Profilfarbe</translation>
    </message>
    <message>
        <source>The colour of this profile in the banner and confirmations</source>
        <translation>Die Farbe dieses Profils im Banner und in Bestätigungen</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <source>No profile colour</source>
        <translation>Keine Profilfarbe</translation>
    </message>
    <message>
        <source>Show this profile without a colour</source>
        <translation>Dieses Profil ohne Farbe anzeigen</translation>
    </message>
    <message>
        <source>Pr&amp;oduction: every delete asks for the typed count</source>
        <translation>Pr&amp;oduktion: Jedes Löschen verlangt die eingetippte Anzahl</translation>
    </message>
    <message>
        <source>Production profile</source>
        <translation>Produktionsprofil</translation>
    </message>
    <message>
        <source>Name this profile as production everywhere and ask for the typed count before every delete, however few IDs</source>
        <translation>Dieses Profil überall als Produktion kennzeichnen und vor jedem Löschen die eingetippte Anzahl verlangen, egal wie wenige IDs</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>Co&amp;lour:</source>
        <translation>Fa&amp;rbe:</translation>
    </message>
    <message>
        <source>Save or cancel the changes to “%1” before choosing, adding or removing a profile.</source>
        <translation>Speichern oder verwerfen Sie die Änderungen an „%1“, bevor Sie ein Profil wählen, hinzufügen oder entfernen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its stored token?</source>
        <translation>Das Profil „%1“ und sein gespeichertes Token entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed the profile “%1”.</source>
        <translation>Das Profil „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>dlq::ProfileSwitcher</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The profile in use: its server, token and pacing. Switching is refused while a run is going</source>
        <translation>Das verwendete Profil: sein Server, Token und Tempo. Während ein Lauf im Gang ist, wird der Wechsel verweigert</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source> (Ctrl+Shift+P)</source>
        <translation> (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Cannot switch to the profile “%1” while %2; stop it or wait until it ends.</source>
        <translation>Während %2, kann nicht zum Profil „%1“ gewechselt werden; stoppen Sie den Vorgang oder warten Sie, bis er endet.</translation>
    </message>
    <message>
        <source>Profile “%1” is in use.</source>
        <translation>Profil „%1“ wird verwendet.</translation>
    </message>
    <message>
        <source>Profile not switched</source>
        <translation>Profil nicht gewechselt</translation>
    </message>
</context>
<context>
    <name>dlq::RequestJob</name>
    <message>
        <source>The connection closed before an answer; the request was not sent again.</source>
        <translation>Die Verbindung wurde vor einer Antwort geschlossen; die Anfrage wurde nicht erneut gesendet.</translation>
    </message>
</context>
<context>
    <name>dlq::ResultsModel</name>
    <message>
        <source>Pending (unusual ID)</source>
        <translation>Ausstehend (ungewöhnliche ID)</translation>
    </message>
    <message>
        <source>Deleted (confirmed on retry)</source>
        <translation>Gelöscht (bei Wiederholung bestätigt)</translation>
    </message>
    <message>
        <source>DLQ ID</source>
        <translation>DLQ-ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation>Beendet um</translation>
    </message>
    <message>
        <source>1 ID</source>
        <translation>1 ID</translation>
    </message>
    <message>
        <source>%1 IDs</source>
        <translation>%1 IDs</translation>
    </message>
</context>
<context>
    <name>dlq::ResultsPanel</name>
    <message>
        <source>Show results</source>
        <translation>Ergebnisse anzeigen</translation>
    </message>
    <message>
        <source>Show only the rows with this result</source>
        <translation>Nur die Zeilen mit diesem Ergebnis anzeigen</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Filter by ID or message</source>
        <translation>Nach ID oder Meldung filtern</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>A&amp;nzeigen:</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Angezeigte Zeilen</translation>
    </message>
    <message>
        <source>No rows match the filter.</source>
        <translation>Keine Zeile passt zum Filter.</translation>
    </message>
    <message>
        <source>No rows match the filter</source>
        <translation>Keine Zeile passt zum Filter</translation>
    </message>
    <message>
        <source>Details of the selected row</source>
        <translation>Details der ausgewählten Zeile</translation>
    </message>
    <message>
        <source>Paste IDs (Ctrl+V), type them above, or drop a .txt, .csv or .json file.
Nothing is sent until you press “Delete…” and confirm.
Select a row to see its full result here.</source>
        <translation>IDs einfügen (Strg+V), oben eingeben oder eine .txt-, .csv- oder .json-Datei hierher ziehen.
Nichts wird gesendet, bevor Sie „Löschen…“ drücken und bestätigen.
Wählen Sie eine Zeile, um hier ihr vollständiges Ergebnis zu sehen.</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Allow invisible characters</source>
        <translation>Unsichtbare Zeichen erlauben</translation>
    </message>
    <message>
        <source>Send the IDs that were refused only for an invisible character (such as U+200B), exactly as they are</source>
        <translation>Die IDs, die nur wegen eines unsichtbaren Zeichens (etwa U+200B) abgelehnt wurden, genau so senden, wie sie sind</translation>
    </message>
    <message>
        <source>Result columns</source>
        <translation>Ergebnisspalten</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>ID:          %1</source>
        <translation>ID:          %1</translation>
    </message>
    <message>
        <source>Result:      %1</source>
        <translation>Ergebnis:    %1</translation>
    </message>
    <message>
        <source>ID check:    %1</source>
        <translation>ID-Prüfung:  %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Message:     %1</source>
        <translation>Meldung:     %1</translation>
    </message>
    <message>
        <source>Note:        an earlier try whose answer was lost had deleted it; the retry found it gone</source>
        <translation>Hinweis:     Ein früherer Versuch, dessen Antwort verloren ging, hatte sie gelöscht; die Wiederholung fand sie nicht mehr</translation>
    </message>
    <message>
        <source>Attempts:    %1</source>
        <translation>Versuche:    %1</translation>
    </message>
    <message>
        <source>Duration:    %1</source>
        <translation>Dauer:       %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>Finished:    %1</source>
        <translation>Beendet:     %1</translation>
    </message>
</context>
<context>
    <name>dlq::RunController</name>
    <message>
        <source>Not sent: bulk mode cannot carry this ID; delete it without bulk mode.</source>
        <translation>Nicht gesendet: Der Bulk-Modus kann diese ID nicht übertragen; löschen Sie sie ohne Bulk-Modus.</translation>
    </message>
    <message>
        <source>Try %1 in %2 s after: %3</source>
        <translation>Versuch %1 in %2 s nach: %3</translation>
    </message>
</context>
<context>
    <name>dlq::RunFlow</name>
    <message>
        <source>Paused: nothing new is sent until you resume.</source>
        <translation>Angehalten: Bis zum Fortsetzen wird nichts Neues gesendet.</translation>
    </message>
    <message>
        <source>Deleting on %1…</source>
        <translation>Löschen auf %1…</translation>
    </message>
    <message>
        <source>Those IDs are already on the list and were sent: see their results there.</source>
        <translation>Diese IDs stehen bereits auf der Liste und wurden gesendet: Ihre Ergebnisse stehen dort.</translation>
    </message>
    <message>
        <source>The list or the target changed while the confirmation was open. Nothing was sent.</source>
        <translation>Die Liste oder das Ziel hat sich geändert, während die Bestätigung offen war. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The run could not start. Nothing was sent.</source>
        <translation>Der Lauf konnte nicht starten. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Deleting %1 on %2 in bulk: results come as counts per chunk, not per ID…</source>
        <translation>%1 werden auf %2 per Bulk gelöscht: Ergebnisse kommen als Zahlen pro Block, nicht pro ID…</translation>
    </message>
    <message>
        <source>Deleting %1 on %2…</source>
        <translation>%1 werden auf %2 gelöscht…</translation>
    </message>
    <message>
        <source>Bulk mode reports counts per chunk, not which IDs were missing.</source>
        <translation>Der Bulk-Modus meldet Zahlen pro Block, nicht welche IDs fehlten.</translation>
    </message>
    <message>
        <source>Quota used up</source>
        <translation>Kontingent aufgebraucht</translation>
    </message>
    <message>
        <source>Token rejected</source>
        <translation>Token abgelehnt</translation>
    </message>
    <message>
        <source>Server not reachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>Saving a copy of %1 before deleting…</source>
        <translation>Vor dem Löschen wird eine Kopie von %1 gespeichert…</translation>
    </message>
    <message>
        <source>The copy could not start. Nothing was deleted.</source>
        <translation>Die Kopie konnte nicht beginnen. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>The entries as they were before: %1</source>
        <translation>Die Einträge im vorherigen Zustand: %1</translation>
    </message>
</context>
<context>
    <name>dlq::RunFollower</name>
    <message>
        <source>Started in bulk: the API does not say which new run belongs to this entry.</source>
        <translation>Per Bulk gestartet: Die API sagt nicht, welcher neue Run zu diesem Eintrag gehört.</translation>
    </message>
    <message>
        <source>The server did not say which run it started.</source>
        <translation>Der Server hat nicht gesagt, welchen Run er gestartet hat.</translation>
    </message>
    <message>
        <source>The server did not say when the new run was created, so it cannot be told apart from other runs with the same ID.</source>
        <translation>Der Server hat nicht gesagt, wann der neue Run erstellt wurde, daher lässt er sich nicht von anderen Runs mit derselben ID unterscheiden.</translation>
    </message>
    <message>
        <source>Following was cancelled.</source>
        <translation>Die Verfolgung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Stopped following after %1 s.</source>
        <translation>Verfolgung nach %1 s beendet.</translation>
    </message>
    <message>
        <source>This run ID cannot be asked about (empty, a comma, or too long).</source>
        <translation>Nach dieser Run-ID kann nicht gefragt werden (leer, ein Komma oder zu lang).</translation>
    </message>
    <message>
        <source>The run logs could not be read: %1</source>
        <translation>Die Run-Logs konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The run logs sent cursor &quot;%1&quot; twice.</source>
        <translation>Die Run-Logs haben den Cursor „%1“ zweimal gesendet.</translation>
    </message>
    <message>
        <source>The DLQ could not be searched for the new entry: %1</source>
        <translation>Die DLQ konnte nicht nach dem neuen Eintrag durchsucht werden: %1</translation>
    </message>
    <message>
        <source>%1 DLQ entries hold this run; the newest is named.</source>
        <translation>%1 DLQ-Einträge enthalten diesen Run; der neueste wird genannt.</translation>
    </message>
    <message>
        <source>Not in the DLQ (yet): it may still arrive, or it was deleted already.</source>
        <translation>(Noch) nicht in der DLQ: Er kann noch ankommen, oder er wurde bereits gelöscht.</translation>
    </message>
    <message>
        <source>The run&apos;s log names this DLQ entry; the DLQ no longer lists it.</source>
        <translation>Das Log des Runs nennt diesen DLQ-Eintrag; die DLQ führt ihn nicht mehr.</translation>
    </message>
    <message>
        <source>The server rejected the token.</source>
        <translation>Der Server hat das Token abgelehnt.</translation>
    </message>
    <message>
        <source>The daily request quota is used up.</source>
        <translation>Das tägliche Anfragekontingent ist aufgebraucht.</translation>
    </message>
    <message>
        <source>Cannot reach %1.</source>
        <translation>%1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Stopped following after %1 polls.</source>
        <translation>Verfolgung nach %1 Abfragen beendet.</translation>
    </message>
    <message>
        <source>The DLQ was not searched for the new entry.</source>
        <translation>Die DLQ wurde nicht nach dem neuen Eintrag durchsucht.</translation>
    </message>
    <message>
        <source>The run logs did not list the new run.</source>
        <translation>Die Run-Logs haben den neuen Run nicht aufgeführt.</translation>
    </message>
</context>
<context>
    <name>dlq::RunProgress</name>
    <message>
        <source>Delete progress</source>
        <translation>Löschfortschritt</translation>
    </message>
    <message>
        <source>Progress and speed</source>
        <translation>Fortschritt und Geschwindigkeit</translation>
    </message>
    <message>
        <source>0 / %1 · starting…</source>
        <translation>0 / %1 · startet…</translation>
    </message>
    <message>
        <source>%1 / %2 · %3 IDs/s</source>
        <translation>%1 / %2 · %3 IDs/s</translation>
    </message>
    <message>
        <source>%1 · paused: nothing new is sent</source>
        <translation>%1 · angehalten: Es wird nichts Neues gesendet</translation>
    </message>
    <message>
        <source>%1 / %2 · %3 IDs/s · %4</source>
        <translation>%1 / %2 · %3 IDs/s · %4</translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 stopped before an answer · %4 IDs/s · %5</source>
        <translation>%1 von %2 erledigt, %3 vor einer Antwort gestoppt · %4 IDs/s · %5</translation>
    </message>
</context>
<context>
    <name>dlq::SavedFilterBox</name>
    <message>
        <source>Save filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>Delete saved</source>
        <translation>Gespeicherten löschen</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <source>Name for the saved filter</source>
        <translation>Name für den gespeicherten Filter</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Keep the filter bar&apos;s filters under this name</source>
        <translation>Die Filter der Filterleiste unter diesem Namen speichern</translation>
    </message>
    <message>
        <source>Delete saved filter</source>
        <translation>Gespeicherten Filter löschen</translation>
    </message>
    <message>
        <source>Forget the picked saved filter</source>
        <translation>Den gewählten gespeicherten Filter vergessen</translation>
    </message>
    <message>
        <source>Sa&amp;ved:</source>
        <translation>Ges&amp;peichert:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Saved the filter as &quot;%1&quot;.</source>
        <translation>Filter als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Deleted the saved filter &quot;%1&quot;.</source>
        <translation>Gespeicherten Filter „%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>dlq::SessionKeeper</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>IDs</source>
        <translation>IDs</translation>
    </message>
    <message>
        <source>an unknown server</source>
        <translation>ein unbekannter Server</translation>
    </message>
    <message>
        <source>Restore the previous session? %1 from %2</source>
        <translation>Die vorige Sitzung wiederherstellen? %1 von %2</translation>
    </message>
    <message>
        <source>, saved %1</source>
        <translation>, gespeichert %1</translation>
    </message>
    <message>
        <source>: %1 finished, %2 unfinished</source>
        <translation>: %1 abgeschlossen, %2 offen</translation>
    </message>
    <message>
        <source> (%1 whose outcome is unknown will be re-sent)</source>
        <translation> (%1 mit unbekanntem Ergebnis werden erneut gesendet)</translation>
    </message>
    <message>
        <source>Those results came from %1; deletes now go to %2.</source>
        <translation>Diese Ergebnisse stammen von %1; Löschungen gehen jetzt an %2.</translation>
    </message>
    <message>
        <source>Restored %1 from the previous session; %2 waiting to be deleted.</source>
        <translation>%1 aus der vorigen Sitzung wiederhergestellt; %2 warten auf das Löschen.</translation>
    </message>
    <message>
        <source>The previous session was discarded.</source>
        <translation>Die vorige Sitzung wurde verworfen.</translation>
    </message>
    <message>
        <source>The session could not be saved (%1): after a crash, the latest results may be missing.</source>
        <translation>Die Sitzung konnte nicht gespeichert werden (%1): Nach einem Absturz fehlen eventuell die neuesten Ergebnisse.</translation>
    </message>
    <message>
        <source>; %1 of the finished were cancelled in flight (outcome unknown): only “Retry failed” sends them again</source>
        <translation>; %1 der abgeschlossenen wurden während der Übertragung abgebrochen (Ergebnis unbekannt): nur „Fehlgeschlagene wiederholen“ sendet sie erneut</translation>
    </message>
</context>
<context>
    <name>dlq::SetFreezer</name>
    <message>
        <source>A frozen set needs a filter: without one it would be the whole DLQ.</source>
        <translation>Eine eingefrorene Menge braucht einen Filter: Ohne wäre es die ganze DLQ.</translation>
    </message>
</context>
<context>
    <name>dlq::SettingsDialog</name>
    <message>
        <source>Connection settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Where the deletes are sent</source>
        <translation>Wohin die Löschungen gesendet werden</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>URL problem</source>
        <translation>URL-Problem</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>The QStash token from the Upstash console; sent only to the server above, as a Bearer token</source>
        <translation>Das QStash-Token aus der Upstash-Konsole; wird nur an den Server oben gesendet, als Bearer-Token</translation>
    </message>
    <message>
        <source>Show typed token</source>
        <translation>Eingegebenes Token zeigen</translation>
    </message>
    <message>
        <source>Show or hide the token you are typing</source>
        <translation>Das eingegebene Token zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Remove stored token</source>
        <translation>Gespeichertes Token entfernen</translation>
    </message>
    <message>
        <source>Forget the stored token when you save</source>
        <translation>Das gespeicherte Token beim Speichern vergessen</translation>
    </message>
    <message>
        <source>Token storage</source>
        <translation>Token-Speicherort</translation>
    </message>
    <message>
        <source>Store the token in the settings file instead (readable only by you, not encrypted)</source>
        <translation>Das Token stattdessen in der Einstellungsdatei speichern (nur für Sie lesbar, nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>Store the token in the settings file</source>
        <translation>Das Token in der Einstellungsdatei speichern</translation>
    </message>
    <message>
        <source>Only when the system keychain cannot be used</source>
        <translation>Nur wenn der Schlüsselbund des Systems nicht nutzbar ist</translation>
    </message>
    <message>
        <source>Environment overrides</source>
        <translation>Überschreibungen aus der Umgebung</translation>
    </message>
    <message>
        <source>Parallel requests</source>
        <translation>Parallele Anfragen</translation>
    </message>
    <message>
        <source>How many deletes are in flight at the same time</source>
        <translation>Wie viele Löschungen gleichzeitig unterwegs sind</translation>
    </message>
    <message>
        <source>Timeout per request in seconds</source>
        <translation>Zeitlimit pro Anfrage in Sekunden</translation>
    </message>
    <message>
        <source>A request that takes longer fails with a timeout</source>
        <translation>Eine Anfrage, die länger dauert, schlägt mit einer Zeitüberschreitung fehl</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Attempts per ID</source>
        <translation>Versuche pro ID</translation>
    </message>
    <message>
        <source>How often one ID is tried in a run, the first try included, when the server is busy or the network fails</source>
        <translation>Wie oft eine ID in einem Lauf versucht wird, den ersten Versuch eingeschlossen, wenn der Server ausgelastet ist oder das Netzwerk ausfällt</translation>
    </message>
    <message>
        <source>Longest wait between tries in seconds</source>
        <translation>Längste Wartezeit zwischen Versuchen in Sekunden</translation>
    </message>
    <message>
        <source>Waits between tries grow after each failure, up to this (a server&apos;s Retry-After is still honoured)</source>
        <translation>Die Wartezeit zwischen Versuchen wächst nach jedem Fehlschlag bis zu diesem Wert (ein Retry-After des Servers wird trotzdem befolgt)</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Upper limit of requests per second. Automatic follows the server&apos;s rate-limit answers</source>
        <translation>Obergrenze der Anfragen pro Sekunde. „Automatisch“ folgt den Rate-Limit-Antworten des Servers</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Ask the server for one DLQ entry with these settings; deletes nothing</source>
        <translation>Den Server mit diesen Einstellungen nach einem DLQ-Eintrag fragen; löscht nichts</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Save and use these settings</source>
        <translation>Diese Einstellungen speichern und verwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Schließen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Parallel requests:</source>
        <translation>&amp;Parallele Anfragen:</translation>
    </message>
    <message>
        <source>T&amp;imeout per request:</source>
        <translation>Zeitl&amp;imit pro Anfrage:</translation>
    </message>
    <message>
        <source>&amp;Attempts per ID:</source>
        <translation>&amp;Versuche pro ID:</translation>
    </message>
    <message>
        <source>Longest &amp;wait between tries:</source>
        <translation>Längste &amp;Wartezeit zwischen Versuchen:</translation>
    </message>
    <message>
        <source>&amp;Requests per second:</source>
        <translation>&amp;Anfragen pro Sekunde:</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Choose where deletes go and paste your QStash token. To try the app without touching a real queue, choose “Built-in sandbox”.</source>
        <translation>Wählen Sie, wohin Löschungen gehen, und fügen Sie Ihr QStash-Token ein. Um die App auszuprobieren, ohne eine echte Queue anzufassen, wählen Sie „Eingebaute Sandbox“.</translation>
    </message>
    <message>
        <source>QSTASH_TOKEN from the environment is used instead of the stored token.</source>
        <translation>QSTASH_TOKEN aus der Umgebung wird statt des gespeicherten Tokens verwendet.</translation>
    </message>
    <message>
        <source>QSTASH_URL from the environment (%1) is used instead of the server chosen here.</source>
        <translation>QSTASH_URL aus der Umgebung (%1) wird statt des hier gewählten Servers verwendet.</translation>
    </message>
    <message>
        <source>https://qstash.example.com</source>
        <translation>https://qstash.example.com</translation>
    </message>
    <message>
        <source>A free port on 127.0.0.1, chosen at start</source>
        <translation>Ein freier Port auf 127.0.0.1, beim Start gewählt</translation>
    </message>
    <message>
        <source>Enter the server&apos;s URL, for example https://qstash.example.com</source>
        <translation>Geben Sie die URL des Servers ein, zum Beispiel https://qstash.example.com</translation>
    </message>
    <message>
        <source>The stored token is removed when you save</source>
        <translation>Das gespeicherte Token wird beim Speichern entfernt</translation>
    </message>
    <message>
        <source>Stored token %1 — type to replace</source>
        <translation>Gespeichertes Token %1 — zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>Paste your QStash token</source>
        <translation>Fügen Sie Ihr QStash-Token ein</translation>
    </message>
    <message>
        <source>The sandbox uses its own test token; a token entered here is kept for the real server.</source>
        <translation>Die Sandbox verwendet ihr eigenes Testtoken; ein hier eingegebenes Token bleibt für den echten Server erhalten.</translation>
    </message>
    <message>
        <source>Stored in %1, readable only by you.</source>
        <translation>Gespeichert in %1, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>No token is stored. A token you save goes to %1, readable only by you.</source>
        <translation>Es ist kein Token gespeichert. Ein Token, das Sie speichern, kommt in %1, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached (%1).</source>
        <translation>Der Schlüsselbund des Systems ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>Your token stays in %1 (readable only by you) until the keychain can be reached.</source>
        <translation>Ihr Token bleibt in %1 (nur für Sie lesbar), bis der Schlüsselbund erreichbar ist.</translation>
    </message>
    <message>
        <source>A new token is not saved unless you choose the settings file below.</source>
        <translation>Ein neues Token wird nur gespeichert, wenn Sie unten die Einstellungsdatei wählen.</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>No token is stored. A token you save goes to the system keychain.</source>
        <translation>Es ist kein Token gespeichert. Ein Token, das Sie speichern, kommt in den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>Saving the token in the system keychain…</source>
        <translation>Das Token wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>Keep history for days</source>
        <translation>Verlauf aufbewahren (Tage)</translation>
    </message>
    <message>
        <source>Runs older than this leave the history when you save and at every start</source>
        <translation>Ältere Läufe werden beim Speichern und bei jedem Start aus dem Verlauf entfernt</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Für immer</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep &amp;history for:</source>
        <translation>Verlauf auf&amp;bewahren für:</translation>
    </message>
    <message>
        <source>Switch this profile to the region that accepts the token</source>
        <translation>Dieses Profil auf die Region umstellen, die das Token akzeptiert</translation>
    </message>
    <message>
        <source>Use the server that accepted the token for this profile; saved with the other settings</source>
        <translation>Für dieses Profil den Server verwenden, der das Token akzeptiert hat; wird mit den anderen Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>The token is rejected by %1 but accepted by %2: switch this profile to it?</source>
        <translation>Das Token wird von %1 abgelehnt, aber von %2 akzeptiert: Dieses Profil darauf umstellen?</translation>
    </message>
    <message>
        <source>Swit&amp;ch to %1</source>
        <translation>Auf %1 u&amp;mstellen</translation>
    </message>
    <message>
        <source>This profile now uses %1; save to keep it.</source>
        <translation>Dieses Profil verwendet jetzt %1; speichern Sie, um das beizubehalten.</translation>
    </message>
    <message>
        <source>Save a &amp;copy of each entry before deleting it</source>
        <translation>Vor dem Löschen eine &amp;Kopie jedes Eintrags speichern</translation>
    </message>
    <message>
        <source>Save a copy of each entry before deleting it</source>
        <translation>Vor dem Löschen eine Kopie jedes Eintrags speichern</translation>
    </message>
    <message>
        <source>Pasted IDs are fetched first (one GET each, paced like the deletes) and saved with their bodies, never with the token, so “what did we delete?” has an answer: see Run → Snapshots</source>
        <translation>Eingefügte IDs werden zuerst abgerufen (ein GET je ID, im Tempo der Löschvorgänge) und mit ihren Bodys gespeichert, nie mit dem Token, damit „Was haben wir gelöscht?“ eine Antwort hat: siehe Ausführen → Snapshots</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Verbindun&amp;g testen</translation>
    </message>
</context>
<context>
    <name>dlq::SnapshotStep</name>
    <message>
        <source>Cancelled while saving the copy. Nothing was deleted.</source>
        <translation>Beim Speichern der Kopie abgebrochen. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>No complete copy</source>
        <translation>Keine vollständige Kopie</translation>
    </message>
    <message>
        <source>The entries could not all be saved before deleting. Nothing has been deleted yet.</source>
        <translation>Nicht alle Einträge konnten vor dem Löschen gespeichert werden. Bisher wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Delete without a copy</source>
        <translation>Ohne Kopie löschen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Nothing was deleted: no complete copy.</source>
        <translation>Nichts wurde gelöscht: keine vollständige Kopie.</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Server not reachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>dlq::SnapshotsDialog</name>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Snapshots: entries saved before deleting</source>
        <translation>Snapshots: vor dem Löschen gespeicherte Einträge</translation>
    </message>
    <message>
        <source>Saved snapshots</source>
        <translation>Gespeicherte Snapshots</translation>
    </message>
    <message>
        <source>Snapshots status</source>
        <translation>Snapshot-Status</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show the saved JSON of the selected snapshot, read-only</source>
        <translation>Das gespeicherte JSON des ausgewählten Snapshots anzeigen, schreibgeschützt</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save a copy of the selected snapshot file</source>
        <translation>Eine Kopie der ausgewählten Snapshot-Datei speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No snapshots yet. They are saved in %1 before each delete (see Settings).</source>
        <translation>Noch keine Snapshots. Sie werden vor jedem Löschen in %1 gespeichert (siehe Einstellungen).</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Snapshot JSON</source>
        <translation>Snapshot-JSON</translation>
    </message>
    <message>
        <source>Export snapshot</source>
        <translation>Snapshot exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>1 snapshot in %1.</source>
        <translation>1 Snapshot in %1.</translation>
    </message>
    <message>
        <source>%1 snapshots in %2.</source>
        <translation>%1 Snapshots in %2.</translation>
    </message>
</context>
<context>
    <name>dlq::SnapshotsModel</name>
    <message>
        <source>%1 (matching %2)</source>
        <translation>%1 (passend zu %2)</translation>
    </message>
    <message>
        <source>%1 (%2 not fetched)</source>
        <translation>%1 (%2 nicht abgerufen)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Not in the DLQ</source>
        <translation>Nicht in der DLQ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>dlq::TargetBanner</name>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <source>Choose the server and set the token</source>
        <translation>Den Server wählen und das Token festlegen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>SANDBOX — built-in test server on %1 · nothing real is deleted</source>
        <translation>SANDBOX — eingebauter Testserver auf %1 · nichts Echtes wird gelöscht</translation>
    </message>
    <message>
        <source>No token set for %1 — nothing can be deleted until you add your QStash token in Settings.</source>
        <translation>Kein Token für %1 festgelegt — es kann nichts gelöscht werden, bis Sie Ihr QStash-Token in den Einstellungen hinzufügen.</translation>
    </message>
    <message>
        <source>Open settings…</source>
        <translation>Einstellungen öffnen…</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>Cannot send to %1: %2</source>
        <translation>Senden an %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <source>%1 from QSTASH_TOKEN</source>
        <translation>%1 aus QSTASH_TOKEN</translation>
    </message>
    <message>
        <source>%1 (from QSTASH_URL)</source>
        <translation>%1 (aus QSTASH_URL)</translation>
    </message>
    <message>
        <source>Target: %1 · %2</source>
        <translation>Ziel: %1 · %2</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (Produktion)</translation>
    </message>
    <message>
        <source>Profile %1 · %2</source>
        <translation>Profil %1 · %2</translation>
    </message>
</context>
<context>
    <name>dlq::TargetResolver</name>
    <message>
        <source>Reading the token from the keychain…</source>
        <translation>Das Token wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: no free port on 127.0.0.1.</source>
        <translation>Die eingebaute Sandbox konnte nicht starten: kein freier Port auf 127.0.0.1.</translation>
    </message>
</context>
</TS>
