<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BillColumnMenus</name>
    <message>
        <source>%1 (ascending)</source>
        <translation>%1 (aufsteigend)</translation>
    </message>
    <message>
        <source>%1 (descending)</source>
        <extracomment>Sort by menu: the column the bills are sorted by, Z to A / 9 to 1.</extracomment>
        <translation>%1 (absteigend)</translation>
    </message>
</context>
<context>
    <name>BillTableExport</name>
    <message>
        <source>Bill id</source>
        <extracomment>CSV export headers: bill ID, account ID, and the bill total with every decimal.</extracomment>
        <translation>Rechnungs-ID</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>Kundenkonto-ID</translation>
    </message>
    <message>
        <source>Total (exact)</source>
        <translation>Gesamtbetrag (exakt)</translation>
    </message>
</context>
<context>
    <name>m3ter::Account</name>
    <message>
        <source>expected a string or a number</source>
        <translation>Zeichenkette oder Zahl erwartet</translation>
    </message>
</context>
<context>
    <name>m3ter::ApiConnection</name>
    <message>
        <source>The API address &quot;%1&quot; is not a valid URL.</source>
        <translation>Die API-Adresse „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The API address must not contain a user name, query or fragment.</source>
        <translation>Die API-Adresse darf keinen Benutzernamen, keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>The API address must use https:// (plain http:// is only allowed for 127.0.0.1, localhost and [::1]).</source>
        <translation>Die API-Adresse muss https:// verwenden (einfaches http:// ist nur für 127.0.0.1, localhost und [::1] zulässig).</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>Die API-Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The organization ID is missing.</source>
        <translation>Die Organisations-ID fehlt.</translation>
    </message>
    <message>
        <source>The access key ID is missing.</source>
        <translation>Die Zugriffsschlüssel-ID fehlt.</translation>
    </message>
    <message>
        <source>The API secret is missing.</source>
        <translation>Das API-Secret fehlt.</translation>
    </message>
</context>
<context>
    <name>m3ter::ApiError</name>
    <message>
        <source>%1
The server said: %2</source>
        <translation>%1
Antwort des Servers: %2</translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly. Please try again.</source>
        <translation>Der Server hat die Verbindung unerwartet geschlossen. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server redirected the request to another address. It was stopped so that your credentials are not sent elsewhere.</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse umgeleitet. Die Anfrage wurde gestoppt, damit Ihre Zugangsdaten nicht an Dritte gelangen.</translation>
    </message>
    <message>
        <source>The network proxy could not be used. Check the system proxy settings.</source>
        <translation>Der Netzwerk-Proxy konnte nicht verwendet werden. Prüfen Sie die Proxy-Einstellungen des Systems.</translation>
    </message>
    <message>
        <source>The network connection was lost. Please check your connection and try again.</source>
        <translation>Die Netzwerkverbindung wurde unterbrochen. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A network error prevented the request from completing. Please try again.</source>
        <translation>Die Anfrage konnte wegen eines Netzwerkfehlers nicht abgeschlossen werden. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server rejected the request as invalid (HTTP 400).</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt (HTTP 400).</translation>
    </message>
    <message>
        <source>The requested item was not found (HTTP 404). It may have been deleted.</source>
        <translation>Das angeforderte Element wurde nicht gefunden (HTTP 404). Möglicherweise wurde es gelöscht.</translation>
    </message>
    <message>
        <source>The server timed out waiting for the request (HTTP 408). Please try again.</source>
        <translation>Beim Warten auf die Anfrage ist beim Server eine Zeitüberschreitung aufgetreten (HTTP 408). Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The item was changed by someone else (HTTP 409). Reload and try again.</source>
        <translation>Das Element wurde von jemand anderem geändert (HTTP 409). Laden Sie es neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s response would be too large (HTTP 413). Narrow the filter.</source>
        <translation>Die Antwort des Servers wäre zu groß (HTTP 413). Schränken Sie den Filter ein.</translation>
    </message>
    <message>
        <source>Too many requests were sent to m3ter (HTTP 429). Wait a moment and try again.</source>
        <translation>Es wurden zu viele Anfragen an m3ter gesendet (HTTP 429). Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The m3ter service had a problem (HTTP %1). Please try again later.</source>
        <translation>Beim m3ter-Dienst ist ein Problem aufgetreten (HTTP %1). Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation>Der Server hat mit einem unerwarteten Status geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>The server did not respond in time. Please try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s response could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server&apos;s response could not be read: the field &quot;%1&quot; is missing or malformed.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: Das Feld „%1“ fehlt oder ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established (TLS or certificate error).</source>
        <translation>Es konnte keine sichere Verbindung zum Server hergestellt werden (TLS- oder Zertifikatsfehler).</translation>
    </message>
    <message>
        <source>The connection settings are incomplete.</source>
        <translation>Die Verbindungseinstellungen sind unvollständig.</translation>
    </message>
    <message>
        <source>The server could not be found. Check the API address of this connection and your internet connection.</source>
        <translation>Der Server wurde nicht gefunden. Prüfen Sie die API-Adresse dieser Verbindung und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the API address of this connection.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Prüfen Sie die API-Adresse dieser Verbindung.</translation>
    </message>
    <message>
        <source>Access was denied (HTTP 403). The API key may lack permission, or the organization ID of this connection may be wrong.</source>
        <translation>Zugriff verweigert (HTTP 403). Dem API-Schlüssel fehlt möglicherweise die Berechtigung, oder die Organisations-ID dieser Verbindung ist falsch.</translation>
    </message>
    <message>
        <source>The access key ID or API secret was not accepted (HTTP 401). Check the credentials of this connection.</source>
        <translation>Zugriffsschlüssel-ID oder API-Secret wurden nicht akzeptiert (HTTP 401). Prüfen Sie die Zugangsdaten dieser Verbindung.</translation>
    </message>
</context>
<context>
    <name>m3ter::AppController</name>
    <message>
        <source>The demo sandbox could not start on 127.0.0.1.</source>
        <translation>Die Demo-Sandbox konnte auf 127.0.0.1 nicht gestartet werden.</translation>
    </message>
    <message>
        <source>That connection no longer exists.</source>
        <translation>Diese Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No API secret is saved for “%1” on this computer. Enter it to connect.</source>
        <translation>Für „%1“ ist auf diesem Computer kein API-Secret gespeichert. Geben Sie es ein, um die Verbindung herzustellen.</translation>
    </message>
    <message>
        <source>Demo sandbox</source>
        <extracomment>Name of the built-in demo connection (generated bills on a local test server).
----------
Connection menu: the built-in demo connection (generated bills on a local test server).</extracomment>
        <translation>Demo-Sandbox</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Welcome to m3ter Bills. Add a connection to your m3ter organization, or try the app first with the built-in demo data.</source>
        <translation>Willkommen bei m3ter Bills. Fügen Sie eine Verbindung zu Ihrer m3ter-Organisation hinzu oder testen Sie die App zunächst mit den integrierten Demodaten.</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (Produktion)</translation>
    </message>
    <message>
        <source>Organization %1 at %2</source>
        <translation>Organisation %1 auf %2</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <source>&amp;Edit current connection…</source>
        <translation>Aktuelle Verbindung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove connection</source>
        <translation>Verbindung ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>The connection could not be removed: %1</source>
        <translation>Die Verbindung konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>No connection was set up, so m3ter Bills closes now.</source>
        <translation>Es wurde keine Verbindung eingerichtet, daher wird m3ter Bills jetzt beendet.</translation>
    </message>
    <message>
        <source>Start m3ter Bills again to add a connection to your m3ter organization or to try the demo with generated bills.</source>
        <translation>Starten Sie m3ter Bills erneut, um eine Verbindung zu Ihrer m3ter-Organisation hinzuzufügen oder die Demo mit erzeugten Rechnungen auszuprobieren.</translation>
    </message>
    <message>
        <source>Remove the connection “%1”, its saved API secret and the bills stored for it from this computer?</source>
        <translation>Die Verbindung „%1“, ihr gespeichertes API-Secret und die für sie gespeicherten Rechnungen von diesem Computer entfernen?</translation>
    </message>
    <message>
        <source>The bills stored for “%1” could not be removed from %2.</source>
        <translation>Die für „%1“ gespeicherten Rechnungen konnten nicht aus %2 entfernt werden.</translation>
    </message>
</context>
<context>
    <name>m3ter::AppOptions</name>
    <message>
        <source>Browse m3ter bills and download bill statements.

The client secret is read from the system keychain or, for automation, from the environment variable %1. It is never accepted on the command line, where other users of this computer could see it.</source>
        <translation>m3ter-Rechnungen durchsuchen und Rechnungsauszüge herunterladen.

Das Client-Secret wird aus dem Schlüsselbund des Systems oder, für Automatisierung, aus der Umgebungsvariablen %1 gelesen. Auf der Befehlszeile wird es nie akzeptiert, da andere Benutzer dieses Computers es dort sehen könnten.</translation>
    </message>
    <message>
        <source>Run against the built-in sandbox with generated data; no m3ter account needed.</source>
        <translation>Mit der integrierten Sandbox und generierten Daten ausführen; kein m3ter-Konto erforderlich.</translation>
    </message>
    <message>
        <source>Use the saved profile with this name or id.</source>
        <translation>Das gespeicherte Profil mit diesem Namen oder dieser ID verwenden.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Override the API base URL (https; plain http only for this computer).</source>
        <translation>Die API-Basis-URL überschreiben (https; einfaches http nur für diesen Computer).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Override the m3ter organization id.</source>
        <translation>Die m3ter-Organisations-ID überschreiben.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Override the access key id (client id); give its secret in %1.</source>
        <translation>Die Zugriffsschlüssel-ID (Client-ID) überschreiben; das zugehörige Secret in %1 angeben.</translation>
    </message>
    <message>
        <source>Log diagnostics (logging categories m3ter.*).</source>
        <translation>Diagnosedaten protokollieren (Logging-Kategorien m3ter.*).</translation>
    </message>
    <message>
        <source>Check the installation, print the result and exit.</source>
        <translation>Die Installation prüfen, das Ergebnis ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Secrets are not accepted on the command line, where other users of this computer can read them. Set the environment variable %1 instead.</source>
        <translation>Secrets werden auf der Befehlszeile nicht akzeptiert, da andere Benutzer dieses Computers sie dort lesen können. Setzen Sie stattdessen die Umgebungsvariable %1.</translation>
    </message>
    <message>
        <source>--profile needs a profile name.</source>
        <translation>--profile erfordert einen Profilnamen.</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <source>--org-id needs an organization id.</source>
        <translation>--org-id erfordert eine Organisations-ID.</translation>
    </message>
    <message>
        <source>--client-id needs an access key id.</source>
        <translation>--client-id erfordert eine Zugriffsschlüssel-ID.</translation>
    </message>
    <message>
        <source>--demo cannot be combined with --profile, --base-url, --org-id or --client-id.</source>
        <translation>--demo kann nicht mit --profile, --base-url, --org-id oder --client-id kombiniert werden.</translation>
    </message>
    <message>
        <source>More than one profile is named &quot;%1&quot;; use its id instead.</source>
        <translation>Mehrere Profile heißen „%1“; verwenden Sie stattdessen die ID.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>Profil „%1“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The saved secret of profile &quot;%1&quot; belongs to another access key and is not used; set %2 to give the secret for --client-id.</source>
        <translation>Das gespeicherte Secret des Profils „%1“ gehört zu einem anderen Zugriffsschlüssel und wird nicht verwendet; setzen Sie %2, um das Secret für --client-id anzugeben.</translation>
    </message>
    <message>
        <source>Unknown option on the command line (not shown: it might be a secret). See --help for the options.</source>
        <translation>Unbekannte Option auf der Befehlszeile (nicht angezeigt, da sie ein Secret sein könnte). Die Optionen zeigt --help.</translation>
    </message>
    <message>
        <source>Unexpected argument on the command line (not shown: it might be a secret). Every argument is an option starting with --; see --help.</source>
        <translation>Unerwartetes Argument auf der Befehlszeile (nicht angezeigt, da es ein Secret sein könnte). Jedes Argument ist eine Option, die mit -- beginnt; siehe --help.</translation>
    </message>
</context>
<context>
    <name>m3ter::BillDetailPane</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separator between parts of one header value, e.g. &quot;INV-000123 · XI-42&quot;.</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <extracomment>Who did something and when, e.g. &quot;by jane@acme.com on 2024-03-02 09:00&quot;.</extracomment>
        <translation>von %1 am %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>Select a bill to see its line items and totals.</source>
        <extracomment>Detail pane with no bill selected; line items: the individual charges of a bill.</extracomment>
        <translation>Wählen Sie eine Rechnung aus, um ihre Positionen und Summen zu sehen.</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Button: load the bill again after an error.</extracomment>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry loading the bill</source>
        <translation>Rechnung erneut laden</translation>
    </message>
    <message>
        <source>Copy the bill&apos;s ID to the clipboard</source>
        <translation>Die ID der Rechnung in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy the whole bill, as the server sent it, as indented JSON</source>
        <translation>Die gesamte Rechnung so, wie der Server sie gesendet hat, als eingerücktes JSON kopieren</translation>
    </message>
    <message>
        <source>Save the line items as a CSV file (UTF-8)</source>
        <translation>Die Positionen als CSV-Datei (UTF-8) speichern</translation>
    </message>
    <message>
        <source>Save the line items as a CSV file with a byte-order mark, which Excel needs to read accents and currency symbols correctly</source>
        <translation>Die Positionen als CSV-Datei mit Byte-Order-Mark speichern, die Excel benötigt, um Umlaute, Akzente und Währungssymbole richtig zu lesen</translation>
    </message>
    <message>
        <source>Generate a statement for this bill and save it</source>
        <translation>Einen Rechnungsauszug für diese Rechnung erzeugen und speichern</translation>
    </message>
    <message>
        <source>Total mismatch warning</source>
        <translation>Warnung: Summen stimmen nicht überein</translation>
    </message>
    <message>
        <source>Account:</source>
        <extracomment>Bill header: the customer account the bill is for.</extracomment>
        <translation>Kundenkonto:</translation>
    </message>
    <message>
        <source>Billing period:</source>
        <extracomment>Bill header: the service period the bill covers (start to end).</extracomment>
        <translation>Abrechnungszeitraum:</translation>
    </message>
    <message>
        <source>Bill date:</source>
        <extracomment>Bill header: the date the bill was issued.</extracomment>
        <translation>Rechnungsdatum:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <extracomment>Bill header: the date by which the bill must be paid.</extracomment>
        <translation>Fälligkeitsdatum:</translation>
    </message>
    <message>
        <source>Status:</source>
        <extracomment>Bill header: bill status (pending, approved) and whether it is locked.</extracomment>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Bill total:</source>
        <extracomment>Bill header: the total of the bill as the server reports it.</extracomment>
        <translation>Rechnungsbetrag:</translation>
    </message>
    <message>
        <source>Timezone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Last calculated:</source>
        <extracomment>Bill header: when m3ter last calculated the bill.</extracomment>
        <translation>Zuletzt berechnet:</translation>
    </message>
    <message>
        <source>Invoice number:</source>
        <extracomment>Bill header: the sequential invoice number.</extracomment>
        <translation>Rechnungsnummer:</translation>
    </message>
    <message>
        <source>External invoice:</source>
        <extracomment>Bill header: reference and date of the invoice in an external accounting system.</extracomment>
        <translation>Externe Rechnung:</translation>
    </message>
    <message>
        <source>PO number:</source>
        <extracomment>Bill header: the customer&apos;s purchase order number.</extracomment>
        <translation>Bestellnummer:</translation>
    </message>
    <message>
        <source>Locked:</source>
        <extracomment>Bill header: whether the bill is locked (final, can no longer change), by whom, when.</extracomment>
        <translation>Festgeschrieben:</translation>
    </message>
    <message>
        <source>Approved:</source>
        <extracomment>Bill header: who approved the bill and when.</extracomment>
        <translation>Freigegeben:</translation>
    </message>
    <message>
        <source>Bill ID:</source>
        <extracomment>Bill header: the unique ID (UUID) of the bill.</extracomment>
        <translation>Rechnungs-ID:</translation>
    </message>
    <message>
        <source>Line items</source>
        <extracomment>Accessible name of the tree of line items (the charges of the bill) and their pricing bands.</extracomment>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Totals by line-item type</source>
        <extracomment>Group title: subtotals per kind of charge (usage, standing charge, ...).</extracomment>
        <translation>Summen nach Positionstyp</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Currency conversions</source>
        <extracomment>Group title: exchange rates used to convert line items into the bill currency.</extracomment>
        <translation>Währungsumrechnungen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Loading the bill…</source>
        <translation>Rechnung wird geladen…</translation>
    </message>
    <message>
        <source>The bill could not be loaded.</source>
        <translation>Die Rechnung konnte nicht geladen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n line item(s)</source>
        <translation>
            <numerusform>%n Position</numerusform>
            <numerusform>%n Positionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Account ID: %1</source>
        <translation>Kundenkonto-ID: %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>Status field of a bill that is locked (final, can no longer change).</extracomment>
        <translation>Festgeschrieben</translation>
    </message>
    <message>
        <source>The server did not send a bill total.</source>
        <translation>Der Server hat keinen Rechnungsbetrag gesendet.</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Locked field: yes, the bill is locked; &quot;Yes, %1&quot; adds who locked it and when.</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation>Ja, %1</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>Locked field: the bill is not locked.</extracomment>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Sum of line items</source>
        <extracomment>Totals table: the sum of all line items (charges), to compare with the bill total.</extracomment>
        <translation>Summe der Positionen</translation>
    </message>
    <message>
        <source>Bill total</source>
        <extracomment>Totals table: the total the server reports for the bill.</extracomment>
        <translation>Rechnungsbetrag</translation>
    </message>
    <message>
        <source>The line items are not all in the bill&apos;s currency, so they cannot be checked against the bill total.</source>
        <translation>Nicht alle Positionen sind in der Rechnungswährung, daher können sie nicht mit dem Rechnungsbetrag abgeglichen werden.</translation>
    </message>
    <message>
        <source>The server sent no bill total to check the line items against.</source>
        <translation>Der Server hat keinen Rechnungsbetrag gesendet, mit dem die Positionen abgeglichen werden könnten.</translation>
    </message>
    <message>
        <source>No conversions: the bill is in the organization&apos;s currency.</source>
        <translation>Keine Umrechnungen: Die Rechnung ist in der Währung der Organisation.</translation>
    </message>
    <message>
        <source>Bill ID copied to the clipboard.</source>
        <translation>Rechnungs-ID in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>The bill&apos;s JSON is no longer available. Select the bill again.</source>
        <translation>Das JSON der Rechnung ist nicht mehr verfügbar. Wählen Sie die Rechnung erneut aus.</translation>
    </message>
    <message>
        <source>The bill was copied to the clipboard as JSON.</source>
        <translation>Die Rechnung wurde als JSON in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Export line items</source>
        <translation>Positionen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n line item(s) to “%1”.</source>
        <translation>
            <numerusform>%n Position nach „%1“ exportiert.</numerusform>
            <numerusform>%n Positionen nach „%1“ exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <extracomment>Button: close the notice.</extracomment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Copy bill &amp;ID</source>
        <extracomment>Bill menu and detail pane: copy the bill&apos;s unique ID (a UUID) to the clipboard.</extracomment>
        <translation>Rechnungs-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>&amp;Export line items…</source>
        <extracomment>Line items: the individual charges of a bill (usage, standing charge, minimum spend...).</extracomment>
        <translation>Positionen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export line items for E&amp;xcel…</source>
        <translation>Positionen für E&amp;xcel exportieren…</translation>
    </message>
    <message>
        <source>&amp;Generate statement…</source>
        <extracomment>Statement: a document m3ter generates from a bill (JSON or CSV) for the customer.</extracomment>
        <translation>Rechnungsauszug e&amp;rzeugen…</translation>
    </message>
    <message>
        <source>&amp;Bill&apos;s own order</source>
        <extracomment>Sort menu: the line items in the order the bill lists them.</extracomment>
        <translation>&amp;Reihenfolge der Rechnung</translation>
    </message>
    <message>
        <source>%1 (ascending)</source>
        <translation>%1 (aufsteigend)</translation>
    </message>
    <message>
        <source>%1 (descending)</source>
        <extracomment>Sort menu: the column the line items are sorted by, Z to A / 9 to 1.</extracomment>
        <translation>%1 (absteigend)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button under &quot;Loading the bill…&quot;: stop waiting for a server that does not answer.</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading the bill</source>
        <translation>Laden der Rechnung abbrechen</translation>
    </message>
    <message>
        <source>Loading the bill was cancelled.</source>
        <translation>Das Laden der Rechnung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>m3ter::BillFilter</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>A billing frequency can only be used together with an exact bill date.</source>
        <translation>Ein Abrechnungsintervall kann nur zusammen mit einem genauen Rechnungsdatum verwendet werden.</translation>
    </message>
    <message>
        <source>The bill date range is empty: its start must be before its end.</source>
        <translation>Der Zeitraum für das Rechnungsdatum ist leer: Der Beginn muss vor dem Ende liegen.</translation>
    </message>
    <message>
        <source>The invoice date range is empty: its start must be before its end.</source>
        <translation>Der Zeitraum für das externe Rechnungsdatum ist leer: Der Beginn muss vor dem Ende liegen.</translation>
    </message>
    <message>
        <source>A bill id cannot contain a comma.</source>
        <translation>Eine Rechnungs-ID darf kein Komma enthalten.</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>Kundenkonto %1</translation>
    </message>
    <message>
        <source>bill date %1</source>
        <translation>Rechnungsdatum %1</translation>
    </message>
    <message>
        <source>invoice date %1</source>
        <translation>ext. Rechnungsdatum %1</translation>
    </message>
    <message>
        <source>locked bills included</source>
        <extracomment>Filter summary part: locked bills (final, can no longer change) are listed.</extracomment>
        <translation>festgeschriebene Rechnungen eingeschlossen</translation>
    </message>
    <message>
        <source>locked bills excluded</source>
        <translation>festgeschriebene Rechnungen ausgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n selected bill(s)</source>
        <translation>
            <numerusform>%n ausgewählte Rechnung</numerusform>
            <numerusform>%n ausgewählte Rechnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>bill job %1</source>
        <extracomment>Filter summary part: bill job = the m3ter run that calculated a batch of bills.</extracomment>
        <translation>Rechnungslauf %1</translation>
    </message>
    <message>
        <source>“%1” is not a bill status the list can be filtered by.</source>
        <extracomment>%1 is a raw status value from old settings, e.g. &quot;DRAFT&quot;. Bill statuses: pending, approved.</extracomment>
        <translation>„%1“ ist kein Rechnungsstatus, nach dem die Liste gefiltert werden kann.</translation>
    </message>
</context>
<context>
    <name>m3ter::BillFilterBar</name>
    <message>
        <source>Exact bill date</source>
        <extracomment>Bill date: the date the bill was issued, which the filters refer to.</extracomment>
        <translation>Genaues Rechnungsdatum</translation>
    </message>
    <message>
        <source>Bill date from</source>
        <translation>Rechnungsdatum ab</translation>
    </message>
    <message>
        <source>Bill date before</source>
        <translation>Rechnungsdatum vor</translation>
    </message>
    <message>
        <source>before</source>
        <extracomment>Between the two dates of a bill date range: &quot;from &lt;date&gt; before &lt;date&gt;&quot; (end exclusive).</extracomment>
        <translation>bis vor</translation>
    </message>
    <message>
        <source>External invoice date from</source>
        <translation>Externes Rechnungsdatum ab</translation>
    </message>
    <message>
        <source>External invoice date before</source>
        <translation>Externes Rechnungsdatum vor</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <extracomment>Button: load the bills that match the filters.</extracomment>
        <translation>An&amp;wenden</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kundenkonto</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Kundenkonten</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Filter: bill status (pending or approved).</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Locked bills</source>
        <extracomment>Filter: whether bills that are locked (final, unchangeable) are listed.</extracomment>
        <translation>Festgeschriebene Rechnungen</translation>
    </message>
    <message>
        <source>Bill date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>Billing frequency</source>
        <extracomment>Billing frequency: how often an account is billed (daily, weekly, monthly, annually).</extracomment>
        <translation>Abrechnungsintervall</translation>
    </message>
    <message>
        <source>The API accepts a billing frequency only together with an exact bill date.</source>
        <translation>Die API akzeptiert ein Abrechnungsintervall nur zusammen mit einem genauen Rechnungsdatum.</translation>
    </message>
    <message>
        <source>Bill job id</source>
        <extracomment>Bill job: the m3ter run that calculated a batch of bills.</extracomment>
        <translation>Rechnungslauf-ID</translation>
    </message>
    <message>
        <source>Bill ids (paste a list)</source>
        <translation>Rechnungs-IDs (Liste einfügen)</translation>
    </message>
    <message>
        <source>Bill ids</source>
        <translation>Rechnungs-IDs</translation>
    </message>
    <message>
        <source>One or more bill ids separated by spaces, commas or new lines.</source>
        <translation>Eine oder mehrere Rechnungs-IDs, getrennt durch Leerzeichen, Kommas oder Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>Load the bills that match these filters (Enter)</source>
        <translation>Die Rechnungen laden, die diesen Filtern entsprechen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Account picker entry: account code — account name.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose an exact bill date to filter by frequency.</source>
        <translation>Wählen Sie ein genaues Rechnungsdatum, um nach Intervall zu filtern.</translation>
    </message>
    <message>
        <source>E&amp;xt. invoice from</source>
        <extracomment>Check box: filter by the external invoice date (the date of the invoice in the customer&apos;s accounting system), from this date on.</extracomment>
        <translation>E&amp;xt. Rechnungsdatum ab</translation>
    </message>
    <message>
        <source>before</source>
        <comment>external invoice date</comment>
        <extracomment>Check box after &quot;Ext. invoice from&quot;: external invoice dates before this one.</extracomment>
        <translation>bis vor</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <comment>filters</comment>
        <extracomment>Button: reset every filter to &quot;any&quot; and load all bills.</extracomment>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Only the bills of this account. Type part of an account code or name; leave empty for all accounts.</source>
        <translation>Nur die Rechnungen dieses Kundenkontos. Geben Sie einen Teil des Kundenkonto-Codes oder -Namens ein; leer lassen für alle Kundenkonten.</translation>
    </message>
    <message>
        <source>Only the bills with this status.</source>
        <translation>Nur die Rechnungen mit diesem Status.</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>bill status</comment>
        <extracomment>Status filter (after the label &quot;Status:&quot;): bills of any status.</extracomment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Whether locked bills, which can no longer change, are listed.</source>
        <translation>Ob festgeschriebene Rechnungen, die sich nicht mehr ändern können, aufgeführt werden.</translation>
    </message>
    <message>
        <source>Included</source>
        <comment>locked bills</comment>
        <extracomment>After the label &quot;Locked bills:&quot;: locked bills are listed too.</extracomment>
        <translation>Eingeschlossen</translation>
    </message>
    <message>
        <source>Left out</source>
        <comment>locked bills</comment>
        <extracomment>After the label &quot;Locked bills:&quot;: locked bills are not listed.</extracomment>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Any bill date, one exact bill date, or a range of bill dates (the end date is not included).</source>
        <translation>Beliebiges Rechnungsdatum, ein genaues Rechnungsdatum oder ein Zeitraum von Rechnungsdaten (das Enddatum ist nicht eingeschlossen).</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>bill date</comment>
        <extracomment>After the label &quot;Bill date:&quot;: no condition on the bill date.</extracomment>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>On</source>
        <comment>bill date</comment>
        <extracomment>After the label &quot;Bill date:&quot;, before one date: bills dated exactly that day.</extracomment>
        <translation>Am</translation>
    </message>
    <message>
        <source>From</source>
        <comment>bill date</comment>
        <extracomment>After the label &quot;Bill date:&quot;, before &quot;&lt;date&gt; before &lt;date&gt;&quot;: a range of bill dates.</extracomment>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>billing frequency</comment>
        <extracomment>After the label &quot;Frequency:&quot;: bills of any billing frequency.</extracomment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Only bills whose external invoice date is on or after the date that follows.</source>
        <translation>Nur Rechnungen, deren externes Rechnungsdatum am oder nach dem folgenden Datum liegt.</translation>
    </message>
    <message>
        <source>Only bills whose external invoice date is before the date that follows.</source>
        <translation>Nur Rechnungen, deren externes Rechnungsdatum vor dem folgenden Datum liegt.</translation>
    </message>
    <message>
        <source>Only the bills calculated by this bill job. Press Enter to apply.</source>
        <translation>Nur die von diesem Rechnungslauf berechneten Rechnungen. Drücken Sie zum Anwenden die Eingabetaste.</translation>
    </message>
    <message>
        <source>Reset every filter and load all bills</source>
        <translation>Alle Filter zurücksetzen und alle Rechnungen laden</translation>
    </message>
    <message>
        <source>Vie&amp;ws</source>
        <extracomment>Button with the menu of saved views (named sets of filters and columns).</extracomment>
        <translation>Ansich&amp;ten</translation>
    </message>
    <message>
        <source>Save the current filters and columns under a name, or switch to a saved view.</source>
        <translation>Die aktuellen Filter und Spalten unter einem Namen speichern oder zu einer gespeicherten Ansicht wechseln.</translation>
    </message>
    <message>
        <source>Acc&amp;ount</source>
        <translation>Kunden&amp;konto</translation>
    </message>
    <message>
        <source>Sta&amp;tus:</source>
        <extracomment>Label of the bill status filter (pending, approved).</extracomment>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Loc&amp;ked bills:</source>
        <extracomment>Label of the filter for locked bills (locked: final, can no longer change).</extracomment>
        <translation>&amp;Festgeschriebene Rechnungen:</translation>
    </message>
    <message>
        <source>Bill &amp;date:</source>
        <translation>Rechnungsdat&amp;um:</translation>
    </message>
    <message>
        <source>Fre&amp;quency:</source>
        <extracomment>Label of the billing frequency filter (how often the account is billed).</extracomment>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>Search stored bills…</source>
        <extracomment>Placeholder of the search field over the bills kept on this computer.</extracomment>
        <translation>Rechnungen durchsuchen…</translation>
    </message>
    <message>
        <source>Search stored bills</source>
        <translation>Gespeicherte Rechnungen durchsuchen</translation>
    </message>
    <message>
        <source>Shows only the bills kept on this computer whose id, invoice number, external reference, account, purchase order number, or line-item description or product starts with each word typed; combined with the filters.</source>
        <translation>Zeigt nur die auf diesem Computer gespeicherten Rechnungen, deren ID, Rechnungsnummer, externe Referenz, Konto, Bestellnummer oder Positionsbeschreibung bzw. Produkt mit jedem eingegebenen Wort beginnt; zusammen mit den Filtern.</translation>
    </message>
</context>
<context>
    <name>m3ter::BillTableModel</name>
    <message>
        <source>The statement no longer matches the bill; regenerate it.</source>
        <extracomment>Tooltip: the bill changed after its statement (document for the customer) was generated.</extracomment>
        <translation>Der Rechnungsauszug entspricht nicht mehr der Rechnung; erzeugen Sie ihn neu.</translation>
    </message>
    <message>
        <source>The API did not return a total for this bill.</source>
        <translation>Die API hat für diese Rechnung keinen Betrag geliefert.</translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>Column title: a locked bill can no longer be changed or recalculated.</extracomment>
        <translation>Festgeschrieben</translation>
    </message>
    <message>
        <source>JSON + CSV</source>
        <translation>JSON + CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Statement column: no statement (JSON or CSV document) has been generated for the bill.</extracomment>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <extracomment>A statement exists but no longer matches its bill.</extracomment>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>Account code</source>
        <extracomment>Column title: the short code of the customer account the bill is for.</extracomment>
        <translation>Kundenkonto-Code</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kundenkonto</translation>
    </message>
    <message>
        <source>Bill date</source>
        <extracomment>Column title: the date the bill was issued.</extracomment>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <extracomment>Column title: the date by which the bill must be paid.</extracomment>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Service period</source>
        <extracomment>Column title: the period whose usage and charges the bill covers (start to end).</extracomment>
        <translation>Leistungszeitraum</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column title: bill status (pending, approved).</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>Column title: the bill total in the bill currency.</extracomment>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <source>Frequency</source>
        <extracomment>Column title: billing frequency, how often the account is billed (monthly, annually...).</extracomment>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <extracomment>Column title: the sequential invoice number of the bill.</extracomment>
        <translation>Rechnungsnr.</translation>
    </message>
    <message>
        <source>Ext. invoice date</source>
        <extracomment>Column title: the date of the invoice in an external accounting system.</extracomment>
        <translation>Ext. Rechnungsdatum</translation>
    </message>
    <message>
        <source>Ext. invoice ref.</source>
        <extracomment>Column title: the reference of the invoice in an external accounting system.</extracomment>
        <translation>Ext. Rechnungsref.</translation>
    </message>
    <message>
        <source>Statement</source>
        <extracomment>Column title: whether JSON/CSV bill statements have been generated.</extracomment>
        <translation>Rechnungsauszug</translation>
    </message>
    <message>
        <source>Last calculated</source>
        <extracomment>Column title: when m3ter last calculated the bill.</extracomment>
        <translation>Zuletzt berechnet</translation>
    </message>
    <message>
        <source>Locked</source>
        <comment>bill state</comment>
        <extracomment>Cell of the Locked column: the bill is locked (final, can no longer change).</extracomment>
        <translation>Festgeschrieben</translation>
    </message>
    <message>
        <source>Changed since you last looked: %1</source>
        <extracomment>Tooltip of a marked row in the bill table. %1: what changed, e.g. &quot;Total: €10.00 → €12.34&quot;.</extracomment>
        <translation>Geändert seit Ihrem letzten Blick: %1</translation>
    </message>
</context>
<context>
    <name>m3ter::BillTotals</name>
    <message>
        <source>The line items add up to %1, %3 less than the bill total of %2.</source>
        <extracomment>%1 sum of the line items, %2 the bill total, %3 the absolute difference.</extracomment>
        <translation>Die Positionen ergeben zusammen %1, also %3 weniger als der Rechnungsbetrag von %2.</translation>
    </message>
    <message>
        <source>The line items add up to %1, %3 more than the bill total of %2.</source>
        <translation>Die Positionen ergeben zusammen %1, also %3 mehr als der Rechnungsbetrag von %2.</translation>
    </message>
    <message>
        <source>The bill may have changed since it was calculated; check it in m3ter before sending it on.</source>
        <translation>Die Rechnung hat sich seit ihrer Berechnung möglicherweise geändert; prüfen Sie sie in m3ter, bevor Sie sie weitergeben.</translation>
    </message>
    <message>
        <source>The line items are too large to add up exactly, so the bill total could not be checked.</source>
        <translation>Die Positionen sind zu groß, um exakt summiert zu werden, daher konnte der Rechnungsbetrag nicht geprüft werden.</translation>
    </message>
</context>
<context>
    <name>m3ter::ChangeListModel</name>
    <message>
        <source>New bill</source>
        <extracomment>Changes panel: a bill the list did not hold before.</extracomment>
        <translation>Neue Rechnung</translation>
    </message>
    <message>
        <source>Bill gone</source>
        <extracomment>Changes panel: a bill the list no longer holds.</extracomment>
        <translation>Rechnung entfallen</translation>
    </message>
    <message>
        <source>Total changed</source>
        <translation>Betrag geändert</translation>
    </message>
    <message>
        <source>Status changed</source>
        <extracomment>Changes panel: e.g. Approved → Pending after a recalculation.</extracomment>
        <translation>Status geändert</translation>
    </message>
    <message>
        <source>Locked changed</source>
        <translation>Festschreibung geändert</translation>
    </message>
    <message>
        <source>Statement stale</source>
        <extracomment>Changes panel: the bill changed after its statement was generated.</extracomment>
        <translation>Rechnungsauszug veraltet</translation>
    </message>
    <message>
        <source>Statement no longer valid</source>
        <translation>Rechnungsauszug nicht mehr gültig</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Festgeschrieben</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>Nicht festgeschrieben</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Changes panel column: what changed.</extracomment>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kundenkonto</translation>
    </message>
    <message>
        <source>Bill id</source>
        <translation>Rechnungs-ID</translation>
    </message>
    <message>
        <source>Was</source>
        <extracomment>Changes panel column: the value before the change.</extracomment>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>Changes panel column: the value after the change.</extracomment>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Found</source>
        <extracomment>Changes panel column: when the refresh found the change.</extracomment>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Line item added</source>
        <extracomment>Changes panel: a bill opened again has a line item it did not have before.</extracomment>
        <translation>Position hinzugekommen</translation>
    </message>
    <message>
        <source>Line item removed</source>
        <extracomment>Changes panel: a bill opened again no longer has this line item.</extracomment>
        <translation>Position entfallen</translation>
    </message>
    <message>
        <source>Line item amount changed</source>
        <extracomment>Changes panel: the amount (subtotal) of one line item of the bill changed.</extracomment>
        <translation>Positionsbetrag geändert</translation>
    </message>
    <message>
        <source>Line item quantity changed</source>
        <extracomment>Changes panel: the quantity (usage) billed on one line item changed.</extracomment>
        <translation>Positionsmenge geändert</translation>
    </message>
    <message>
        <source>Line item description changed</source>
        <translation>Positionsbeschreibung geändert</translation>
    </message>
    <message>
        <source>Line item product changed</source>
        <extracomment>Changes panel: the product a line item bills changed.</extracomment>
        <translation>Positionsprodukt geändert</translation>
    </message>
    <message>
        <source>Line item</source>
        <extracomment>Changes panel column: the line item a change is about (its description).</extracomment>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>m3ter::ChangesPanel</name>
    <message>
        <source>Changes since you last looked</source>
        <translation>Änderungen seit dem letzten Ansehen</translation>
    </message>
    <message>
        <source>Mark all as reviewed</source>
        <translation>Alle als gesehen markieren</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Start again from here: the next refreshes list only what changes after now</source>
        <translation>Ab hier neu beginnen: die nächsten Aktualisierungen zeigen nur, was sich ab jetzt ändert</translation>
    </message>
    <message>
        <source>Nothing changed since you last looked.</source>
        <translation>Seit dem letzten Ansehen hat sich nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) since you last looked.</source>
        <translation>
            <numerusform>%Ln Änderung seit dem letzten Ansehen.</numerusform>
            <numerusform>%Ln Änderungen seit dem letzten Ansehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>CSV export header: the change&apos;s kind as a stable word (total, status, …), the exact values before and after, and the id of the line item a change is about.</extracomment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Was (exact)</source>
        <translation>Vorher (exakt)</translation>
    </message>
    <message>
        <source>Now (exact)</source>
        <translation>Jetzt (exakt)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Export changes</source>
        <translation>Änderungen exportieren</translation>
    </message>
    <message>
        <source>CSV (UTF-8) (*.csv)</source>
        <translation>CSV (UTF-8) (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Mark bill as reviewed</source>
        <extracomment>Changes panel: the bills of the selected changes are reviewed (no longer listed).</extracomment>
        <translation>Rechnung als gesehen markieren</translation>
    </message>
    <message>
        <source>The selected bills leave the list until they change again</source>
        <translation>Die ausgewählten Rechnungen verlassen die Liste, bis sie sich wieder ändern</translation>
    </message>
    <message>
        <source>Save the changes listed (as filtered) as a CSV file</source>
        <translation>Die aufgeführten Änderungen (wie gefiltert) als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>All changes</source>
        <extracomment>Changes panel filter: every kind of change is listed.</extracomment>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>Show:</source>
        <extracomment>Changes panel: label of the filter by kind of change.</extracomment>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Kundenkonto:</translation>
    </message>
    <message>
        <source>No account</source>
        <extracomment>Changes panel account filter: changes of bills that name no account.</extracomment>
        <translation>Kein Kundenkonto</translation>
    </message>
    <message>
        <source>All accounts</source>
        <extracomment>Changes panel filter: the changes of every account are listed.</extracomment>
        <translation>Alle Kundenkonten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) since you last looked, %1 shown.</source>
        <extracomment>Changes panel: how many changes there are, and how many the filters leave.</extracomment>
        <translation>
            <numerusform>%Ln Änderung seit dem letzten Ansehen, %1 angezeigt.</numerusform>
            <numerusform>%Ln Änderungen seit dem letzten Ansehen, %1 angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line item id</source>
        <translation>Positions-ID</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <extracomment>Changes panel: accessible name of the filter by kind of change.</extracomment>
        <translation>Art der Änderung</translation>
    </message>
    <message>
        <source>Account of the bill</source>
        <extracomment>Changes panel: accessible name of the filter by account.</extracomment>
        <translation>Kundenkonto der Rechnung</translation>
    </message>
</context>
<context>
    <name>m3ter::ConnectionDialog</name>
    <message>
        <source>This is a &amp;production organization (real customer data)</source>
        <extracomment>Production: the live m3ter organization that bills real customers (not a test one).</extracomment>
        <translation>Dies ist eine &amp;Produktivorganisation (echte Kundendaten)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Edit the connection to m3ter</source>
        <translation>Verbindung zu m3ter bearbeiten</translation>
    </message>
    <message>
        <source>Connect to your m3ter organization</source>
        <translation>Mit Ihrer m3ter-Organisation verbinden</translation>
    </message>
    <message>
        <source>Use the access key of an m3ter service user (m3ter Console → Settings → Access → Service users). The API secret is stored in the system keychain, never in the settings.</source>
        <translation>Verwenden Sie den Zugriffsschlüssel eines m3ter-Servicebenutzers (m3ter Console → Settings → Access → Service users). Das API-Secret wird im Schlüsselbund des Systems gespeichert, nie in den Einstellungen.</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>z. B. Acme Produktion</translation>
    </message>
    <message>
        <source>Access key id of the service user</source>
        <translation>Zugriffsschlüssel-ID des Servicebenutzers</translation>
    </message>
    <message>
        <source>Saved in the keychain — leave empty to keep</source>
        <translation>Im Schlüsselbund gespeichert – leer lassen, um es beizubehalten</translation>
    </message>
    <message>
        <source>API secret of the access key</source>
        <translation>API-Secret des Zugriffsschlüssels</translation>
    </message>
    <message>
        <source>The main window shows a red banner while connected to a production organization.</source>
        <translation>Solange eine Verbindung zu einer Produktivorganisation besteht, zeigt das Hauptfenster einen roten Hinweisbalken.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API-&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Organization ID:</source>
        <extracomment>The ID of the m3ter organization (the company account in m3ter), a UUID.</extracomment>
        <translation>&amp;Organisations-ID:</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <extracomment>Access key: the credentials of an m3ter service user (key ID and API secret).</extracomment>
        <translation>&amp;Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <source>Get an access token and read one page of bills; nothing is saved.</source>
        <translation>Ein Zugriffstoken abrufen und eine Seite Rechnungen lesen; es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Explore the app with generated bills on a sandbox that runs on this computer; no m3ter account needed.</source>
        <translation>Die App mit generierten Rechnungen in einer Sandbox auf diesem Computer erkunden; kein m3ter-Konto erforderlich.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Test the connection before saving to find problems early.</source>
        <translation>Testen Sie die Verbindung vor dem Speichern, um Probleme frühzeitig zu erkennen.</translation>
    </message>
    <message>
        <source>Enter the API secret of the access key.</source>
        <translation>Geben Sie das API-Secret des Zugriffsschlüssels ein.</translation>
    </message>
    <message>
        <source>Reading the saved secret from the keychain…</source>
        <translation>Gespeichertes Secret wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>No API secret is saved for this connection. Enter it.</source>
        <translation>Für diese Verbindung ist kein API-Secret gespeichert. Geben Sie es ein.</translation>
    </message>
    <message>
        <source>Connecting to %1 and requesting an access token…</source>
        <translation>Verbindung zu %1 wird hergestellt und Zugriffstoken angefordert…</translation>
    </message>
    <message>
        <source>Signed in. Reading a page of bills…</source>
        <translation>Angemeldet. Eine Seite Rechnungen wird gelesen…</translation>
    </message>
    <message>
        <source>Saving the secret in the keychain…</source>
        <translation>Secret wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>The secret could not be saved in the keychain.</source>
        <translation>Das Secret konnte nicht im Schlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <source>The connection could not be saved: %1</source>
        <translation>Die Verbindung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Secret anzeigen</translation>
    </message>
    <message>
        <source>Show the secret while typing (%1)</source>
        <translation>Secret bei der Eingabe anzeigen (%1)</translation>
    </message>
    <message>
        <source>Hidden while typed. %1 shows or hides it.</source>
        <translation>Bei der Eingabe verborgen. %1 blendet es ein oder aus.</translation>
    </message>
    <message>
        <source>API s&amp;ecret:</source>
        <translation>API-S&amp;ecret:</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Zertifikatsdetails</translation>
    </message>
    <message>
        <source>No secret saved — enter the API secret</source>
        <translation>Kein Secret gespeichert — API-Secret eingeben</translation>
    </message>
    <message>
        <source>Keep a copy of the bills on this computer</source>
        <translation>Eine Kopie der Rechnungen auf diesem Computer behalten</translation>
    </message>
    <message>
        <source>Bills show at once when the app starts, stay readable without a connection, and each refresh tells what changed. Turning it off removes the copy.</source>
        <translation>Rechnungen erscheinen beim Start sofort, bleiben ohne Verbindung lesbar, und jede Aktualisierung zeigt, was sich geändert hat. Ausschalten entfernt die Kopie.</translation>
    </message>
    <message>
        <source>&amp;Forget local data…</source>
        <extracomment>Connection dialog: deletes the copy of the bills kept on this computer for the profile.</extracomment>
        <translation>&amp;Lokale Daten vergessen…</translation>
    </message>
    <message>
        <source>Delete the bills, accounts and changes kept on this computer for this connection; m3ter is not affected.</source>
        <translation>Die auf diesem Computer für diese Verbindung gespeicherten Rechnungen, Kundenkonten und Änderungen löschen; m3ter bleibt unberührt.</translation>
    </message>
    <message>
        <source>Delete the copy of the bills kept on this computer for “%1” (%2 in %3)?

This deletes the stored bills, the bills you opened with their line items, the account names, the list of changes since you last looked and the record of downloaded statements. The statement files themselves stay in their folder, and nothing changes in m3ter. Bills loaded from now on are kept again while “Keep a copy of the bills on this computer” is on.</source>
        <extracomment>The question before &quot;Forget local data&quot; deletes the local copy. %1: connection name, %2: its size on disk (e.g. &quot;3.2 MB&quot;), %3: the file.</extracomment>
        <translation>Die auf diesem Computer für „%1“ gespeicherte Kopie der Rechnungen löschen (%2 in %3)?

Gelöscht werden die gespeicherten Rechnungen, die geöffneten Rechnungen mit ihren Positionen, die Namen der Kundenkonten, die Liste der Änderungen seit dem letzten Ansehen und die Aufzeichnung der heruntergeladenen Rechnungsauszüge. Die Dateien der Rechnungsauszüge selbst bleiben in ihrem Ordner, und in m3ter ändert sich nichts. Danach geladene Rechnungen werden wieder gespeichert, solange „Eine Kopie der Rechnungen auf diesem Computer behalten“ eingeschaltet ist.</translation>
    </message>
    <message>
        <source>Forget local data</source>
        <extracomment>Title of the question before the local copy of the bills is deleted.</extracomment>
        <translation>Lokale Daten vergessen</translation>
    </message>
    <message>
        <source>The bills kept on this computer for “%1” were deleted.</source>
        <translation>Die auf diesem Computer für „%1“ gespeicherten Rechnungen wurden gelöscht.</translation>
    </message>
</context>
<context>
    <name>m3ter::ConnectionTester</name>
    <message>
        <source>The network proxy %1:%2 could not be used (%3). Check the proxy under Connection → Preferences, or the system proxy settings.</source>
        <translation>Der Netzwerk-Proxy %1:%2 konnte nicht verwendet werden (%3). Prüfen Sie den Proxy unter Verbindung → Einstellungen oder die Proxy-Einstellungen des Systems.</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Certificate subject: %1</source>
        <translation>Zertifikatsinhaber: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Ausgestellt von: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Gültig von %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>The certificate is self-signed: no certificate authority vouches for it. If your company inspects HTTPS traffic, ask IT to install its root certificate on this computer.</source>
        <translation>Das Zertifikat ist selbstsigniert: Keine Zertifizierungsstelle bürgt dafür. Falls Ihr Unternehmen den HTTPS-Datenverkehr prüft, bitten Sie die IT-Abteilung, das zugehörige Stammzertifikat auf diesem Computer zu installieren.</translation>
    </message>
    <message>
        <source>Connection works. The access key was accepted and organization %1 can be read (it has no bills yet).</source>
        <translation>Die Verbindung funktioniert. Der Zugriffsschlüssel wurde akzeptiert und die Organisation %1 kann gelesen werden (sie hat noch keine Rechnungen).</translation>
    </message>
    <message>
        <source>Connection works. The access key was accepted and the bills of organization %1 can be read.</source>
        <translation>Die Verbindung funktioniert. Der Zugriffsschlüssel wurde akzeptiert und die Rechnungen der Organisation %1 können gelesen werden.</translation>
    </message>
    <message>
        <source>Could not sign in at %1.</source>
        <translation>Anmeldung bei %1 nicht möglich.</translation>
    </message>
    <message>
        <source>Signed in, but the bills of organization %1 could not be read.</source>
        <translation>Angemeldet, aber die Rechnungen der Organisation %1 konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>m3ter::CsvTableModel</name>
    <message>
        <source>Column %1</source>
        <extracomment>CSV viewer: a column without a header.</extracomment>
        <translation>Spalte %1</translation>
    </message>
</context>
<context>
    <name>m3ter::CsvWriter</name>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>„%1“ ist ein Ordner.</translation>
    </message>
    <message>
        <source>The file was not opened.</source>
        <translation>Die Datei wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>Could not save “%1”.</source>
        <translation>„%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>m3ter::CurrencySumsButton</name>
    <message numerus="yes">
        <source>%Ln currencies…</source>
        <extracomment>Status bar, when no sum fits: how many per-currency sums the button&apos;s menu lists.</extracomment>
        <translation>
            <numerusform>%Ln Währung…</numerusform>
            <numerusform>%Ln Währungen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%Ln more…</source>
        <extracomment>Status bar, after the sums that fit: how many more currencies the button&apos;s menu lists.</extracomment>
        <translation>
            <numerusform>+%Ln weitere…</numerusform>
            <numerusform>+%Ln weitere…</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy %1</source>
        <extracomment>Status bar sums menu: what choosing a sum does.</extracomment>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Sums per currency</source>
        <extracomment>Status bar: the menu (and the name for screen readers) of the sums per currency.</extracomment>
        <translation>Summen je Währung</translation>
    </message>
</context>
<context>
    <name>m3ter::DisplayFormat</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>A service period: start date – end date.</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>m3ter::EnumLabels</name>
    <message>
        <source>Standing charge</source>
        <extracomment>Line-item type: a fixed recurring charge, independent of usage.</extracomment>
        <translation>Grundgebühr</translation>
    </message>
    <message>
        <source>Usage</source>
        <extracomment>Line-item type: a charge for measured usage.</extracomment>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Usage Credit</source>
        <translation>Nutzungsgutschrift</translation>
    </message>
    <message>
        <source>Minimum spend</source>
        <extracomment>Line-item type: top-up to the agreed minimum amount when usage stayed below it.</extracomment>
        <translation>Mindestumsatz</translation>
    </message>
    <message>
        <source>Minimum spend adjustment</source>
        <translation>Mindestumsatz-Korrektur</translation>
    </message>
    <message>
        <source>Counter running total charge</source>
        <translation>Zähler: Gebühr auf laufende Summe</translation>
    </message>
    <message>
        <source>Counter adjustment debit</source>
        <translation>Zählerkorrektur (Belastung)</translation>
    </message>
    <message>
        <source>Counter adjustment credit</source>
        <translation>Zählerkorrektur (Gutschrift)</translation>
    </message>
    <message>
        <source>Credit deduction</source>
        <translation>Guthabenabzug</translation>
    </message>
    <message>
        <source>Manual adjustment</source>
        <translation>Manuelle Korrektur</translation>
    </message>
    <message>
        <source>Credit memo</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Debit memo</source>
        <translation>Belastungsanzeige</translation>
    </message>
    <message>
        <source>Prepayment consumed</source>
        <extracomment>Line-item type: part of a prepaid commitment used up by this bill.</extracomment>
        <translation>Verbrauchte Vorauszahlung</translation>
    </message>
    <message>
        <source>Prepayment fee</source>
        <translation>Vorauszahlungsgebühr</translation>
    </message>
    <message>
        <source>Overage surcharge</source>
        <translation>Mehrverbrauchszuschlag</translation>
    </message>
    <message>
        <source>Overage usage</source>
        <translation>Mehrverbrauch</translation>
    </message>
    <message>
        <source>Balance consumed</source>
        <extracomment>Line-item type: part of the account&apos;s credit balance used up by this bill.</extracomment>
        <translation>Verbrauchtes Guthaben</translation>
    </message>
    <message>
        <source>Balance fee</source>
        <translation>Guthabengebühr</translation>
    </message>
    <message>
        <source>Ad-hoc</source>
        <extracomment>Line-item type: a one-off charge added by hand.</extracomment>
        <translation>Ad-hoc</translation>
    </message>
    <message>
        <source>Daily</source>
        <extracomment>Billing frequency: how often the account is billed.</extracomment>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Annually</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <extracomment>Billing frequency: billed on demand rather than on a schedule.</extracomment>
        <translation>Ad hoc</translation>
    </message>
    <message>
        <source>Mixed</source>
        <extracomment>Billing frequency of a bill that combines charges billed at different frequencies.</extracomment>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Approved</source>
        <extracomment>Bill status: the bill was approved for sending to the customer.</extracomment>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>Statement job status: the server is generating the statement.</extracomment>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Up to date</source>
        <extracomment>Statement file status: the statement matches its bill.</extracomment>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Out of date</source>
        <extracomment>Statement file status (stale): the bill changed after the statement was generated.</extracomment>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Invalidated</source>
        <extracomment>Statement file status: the statement is no longer valid and must not be used.</extracomment>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>Automatic statement generation: switched off.</extracomment>
        <translation>Aus</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>JSON and CSV</source>
        <translation>JSON und CSV</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>bill status</comment>
        <extracomment>Bill status: the bill is not approved yet and may still change.</extracomment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>statement job status</comment>
        <extracomment>Statement job status: queued on the server, not started yet.</extracomment>
        <translation>In Warteschlange</translation>
    </message>
</context>
<context>
    <name>m3ter::FileActions</name>
    <message>
        <source>Open statement</source>
        <translation>Rechnungsauszug öffnen</translation>
    </message>
    <message>
        <source>%1 is no longer there. It may have been moved or deleted.</source>
        <translation>%1 ist nicht mehr vorhanden. Möglicherweise wurde die Datei verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>No application is set up to open %1. Use View to see it here, or Show in folder.</source>
        <translation>Zum Öffnen von %1 ist keine Anwendung eingerichtet. Verwenden Sie „Anzeigen“, um die Datei hier zu sehen, oder „Im Ordner anzeigen“.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>m3ter::GenerateStatementsDialog</name>
    <message>
        <source>Also generate &amp;CSV statements</source>
        <extracomment>Statements: documents m3ter generates from bills; JSON is always made, CSV optionally.</extracomment>
        <translation>Zusätzlich &amp;CSV-Rechnungsauszüge erzeugen</translation>
    </message>
    <message>
        <source>Generate statements</source>
        <translation>Rechnungsauszüge erzeugen</translation>
    </message>
    <message numerus="yes">
        <source>Generate statements for %Ln bill(s)?</source>
        <translation>
            <numerusform>Rechnungsauszug für %Ln Rechnung erzeugen?</numerusform>
            <numerusform>Rechnungsauszüge für %Ln Rechnungen erzeugen?</numerusform>
        </translation>
    </message>
    <message>
        <source>A JSON statement is generated for each bill and saved under
%1
in a folder per account, named by bill date and bill ID.</source>
        <extracomment>%1: the statements folder.</extracomment>
        <translation>Für jede Rechnung wird ein JSON-Rechnungsauszug erzeugt und unter
%1
in einem Ordner je Kundenkonto gespeichert, benannt nach Rechnungsdatum und Rechnungs-ID.</translation>
    </message>
    <message>
        <source>CSV statements open in a spreadsheet; JSON is always generated.</source>
        <translation>CSV-Rechnungsauszüge lassen sich in einer Tabellenkalkulation öffnen; JSON wird immer erzeugt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these bills already have a statement, which will be replaced. To save the existing statements without regenerating them, use Download existing statements instead.</source>
        <translation>
            <numerusform>%Ln dieser Rechnungen hat bereits einen Rechnungsauszug, der ersetzt wird. Um den vorhandenen Rechnungsauszug zu speichern, ohne ihn neu zu erzeugen, verwenden Sie stattdessen „Vorhandene Rechnungsauszüge herunterladen“.</numerusform>
            <numerusform>%Ln dieser Rechnungen haben bereits einen Rechnungsauszug, der ersetzt wird. Um die vorhandenen Rechnungsauszüge zu speichern, ohne sie neu zu erzeugen, verwenden Sie stattdessen „Vorhandene Rechnungsauszüge herunterladen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <extracomment>Button: create the statements on the server and download them.</extracomment>
        <translation>&amp;Erzeugen</translation>
    </message>
</context>
<context>
    <name>m3ter::GetStatementUrlRequest</name>
    <message>
        <source>expected an http(s) URL</source>
        <translation>http(s)-URL erwartet</translation>
    </message>
</context>
<context>
    <name>m3ter::InlineNotice</name>
    <message>
        <source>OK</source>
        <extracomment>Inline notice: accept what the notice offers.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <extracomment>Inline notice: close the notice (or cancel what it offers).</extracomment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>m3ter::JsonParse</name>
    <message>
        <source>The server sent an empty reply.</source>
        <translation>Der Server hat eine leere Antwort gesendet.</translation>
    </message>
    <message>
        <source>The server reply is not valid JSON: %1 (at byte %2).</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>The server reply is not a JSON object.</source>
        <translation>Die Antwort des Servers ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The server reply is not a JSON array.</source>
        <translation>Die Antwort des Servers ist kein JSON-Array.</translation>
    </message>
</context>
<context>
    <name>m3ter::JsonReader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
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
        <translation>eine Zeichenkette</translation>
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
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>Zeichenkette erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true oder false erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>Ganzzahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>Zahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>Objekt erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>Array erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD), got %1</source>
        <translation>Datum (JJJJ-MM-TT) erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a date and time (ISO 8601), got %1</source>
        <translation>Datum mit Uhrzeit (ISO 8601) erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected an absolute URL, got %1</source>
        <translation>absolute URL erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>“%1” is not a date and time (ISO 8601)</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit (ISO 8601)</translation>
    </message>
    <message>
        <source>expected a whole number that fits 64 bits</source>
        <translation>Ganzzahl mit höchstens 64 Bit erwartet</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>Zahl außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>number %1 is too large for an exact amount</source>
        <translation>Zahl %1 ist zu groß für einen exakten Betrag</translation>
    </message>
    <message>
        <source>not a valid absolute URL</source>
        <translation>keine gültige absolute URL</translation>
    </message>
</context>
<context>
    <name>m3ter::JsonTreeModel</name>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <extracomment>%1: the parser&apos;s reason, %2: byte offset in the file.</extracomment>
        <translation>Die Datei ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <extracomment>JSON viewer: an object&apos;s summary, e.g. &quot;{5 fields}&quot;.</extracomment>
        <translation>
            <numerusform>{%n Feld}</numerusform>
            <numerusform>{%n Felder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <extracomment>JSON viewer: an array&apos;s summary, e.g. &quot;[3 items]&quot;.</extracomment>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>The file is too large to show.</source>
        <translation>Die Datei ist zu groß für die Anzeige.</translation>
    </message>
</context>
<context>
    <name>m3ter::KeychainCredentialStore</name>
    <message>
        <source>The system keychain is not available, so the client secret is kept only until you quit. To keep it, set up a keychain (for example GNOME Keyring or KWallet) and enter the secret again.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher wird das Client-Secret nur bis zum Beenden der App aufbewahrt. Um es dauerhaft zu speichern, richten Sie einen Schlüsselbund ein (zum Beispiel GNOME Keyring oder KWallet) und geben Sie das Secret erneut ein.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so the client secret could not be used. Try again and allow access.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert, daher konnte das Client-Secret nicht verwendet werden. Versuchen Sie es erneut und erlauben Sie den Zugriff.</translation>
    </message>
    <message>
        <source>The client secret could not be removed from the system keychain: %1</source>
        <translation>Das Client-Secret konnte nicht aus dem Schlüsselbund des Systems entfernt werden: %1</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>m3ter::LanguageSetting</name>
    <message>
        <source>System language</source>
        <extracomment>Language choice in Preferences: use the operating system&apos;s language</extracomment>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>m3ter::LineItemCsv</name>
    <message>
        <source>Bill ID</source>
        <translation>Rechnungs-ID</translation>
    </message>
    <message>
        <source>Account code</source>
        <translation>Kundenkonto-Code</translation>
    </message>
    <message>
        <source>Line item ID</source>
        <extracomment>CSV header: the unique ID of a line item (one charge of the bill).</extracomment>
        <translation>Positions-ID</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Laufende Nummer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Produktcode</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Type code</source>
        <translation>Typcode</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Average unit price</source>
        <translation>Durchschnittlicher Einzelpreis</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Umrechnungskurs</translation>
    </message>
    <message>
        <source>Converted subtotal</source>
        <translation>Umgerechnete Zwischensumme</translation>
    </message>
    <message>
        <source>Service period start (UTC)</source>
        <extracomment>CSV header: first day of the period the charge covers.</extracomment>
        <translation>Beginn Leistungszeitraum (UTC)</translation>
    </message>
    <message>
        <source>Service period end (UTC, exclusive)</source>
        <extracomment>CSV header: the day after the last day of the period the charge covers.</extracomment>
        <translation>Ende Leistungszeitraum (UTC, ausschließlich)</translation>
    </message>
    <message>
        <source>%1 line items</source>
        <extracomment>File name of a line-item export: %1 account code, %2 period start date.</extracomment>
        <translation>%1 Positionen</translation>
    </message>
    <message>
        <source>%1 %2 line items</source>
        <translation>%1 %2 Positionen</translation>
    </message>
</context>
<context>
    <name>m3ter::LineItemTreeModel</name>
    <message>
        <source>Description</source>
        <extracomment>Line-item column: description of the charge (line item: one charge of a bill).</extracomment>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Line-item column: the kind of charge (usage, standing charge, minimum spend...).</extracomment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Units</source>
        <extracomment>Line-item column: the billed number of units (after pricing rules), not the unit name.</extracomment>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Unit</source>
        <extracomment>Line-item column: the name of the unit the quantity is measured in (e.g. GB, API call).</extracomment>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Avg. unit price</source>
        <extracomment>Line-item column: average price per unit across the pricing bands.</extracomment>
        <translation>Durchschn. Einzelpreis</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <extracomment>Line-item column: the currency conversion rate applied to the subtotal.</extracomment>
        <translation>Umrechnungskurs</translation>
    </message>
    <message>
        <source>Converted subtotal</source>
        <extracomment>Line-item column: the subtotal after currency conversion, in the bill currency.</extracomment>
        <translation>Umgerechnete Zwischensumme</translation>
    </message>
    <message>
        <source>Service period</source>
        <extracomment>Line-item column: the period the charge covers.</extracomment>
        <translation>Leistungszeitraum</translation>
    </message>
    <message>
        <source>Average price per unit across all pricing bands; for a band, the band&apos;s unit price.</source>
        <translation>Durchschnittlicher Preis pro Einheit über alle Preisstaffeln; bei einer Staffel deren Einzelpreis.</translation>
    </message>
    <message>
        <source>In the line item&apos;s currency, before conversion.</source>
        <translation>In der Währung der Position, vor der Umrechnung.</translation>
    </message>
    <message>
        <source>After applying the conversion rate.</source>
        <translation>Nach Anwendung des Umrechnungskurses.</translation>
    </message>
    <message>
        <source>The end date is exclusive.</source>
        <translation>Das Enddatum ist nicht eingeschlossen.</translation>
    </message>
    <message>
        <source>Product code: %1</source>
        <translation>Produktcode: %1</translation>
    </message>
    <message>
        <source>A line-item type this version does not know: %1</source>
        <translation>Ein dieser Version unbekannter Positionstyp: %1</translation>
    </message>
    <message>
        <source>From %1 up to, but not including, %2</source>
        <translation>Von %1 bis ausschließlich %2</translation>
    </message>
    <message>
        <source>Band %1 · from %2</source>
        <extracomment>Pricing band: one tier of tiered pricing (e.g. units 0-1000 at one price). %1: band number, %2: first unit of the band.</extracomment>
        <translation>Staffel %1 · ab %2</translation>
    </message>
    <message>
        <source>Band %1</source>
        <extracomment>Pricing band (tier of tiered pricing) number %1.</extracomment>
        <translation>Staffel %1</translation>
    </message>
    <message>
        <source>%1 · fixed price %2</source>
        <extracomment>Pricing band with a fixed price for the whole band instead of a price per unit.</extracomment>
        <translation>%1 · Festpreis %2</translation>
    </message>
</context>
<context>
    <name>m3ter::MainWindow</name>
    <message>
        <source>Loading all matching bills… %L1 loaded so far.</source>
        <translation>Alle passenden Rechnungen werden geladen… Bisher %L1 geladen.</translation>
    </message>
    <message>
        <source>Loading all bills stopped: %1</source>
        <translation>Laden aller Rechnungen abgebrochen: %1</translation>
    </message>
    <message>
        <source>The statement queue could not be restored: %1</source>
        <translation>Die Warteschlange der Rechnungsauszüge konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>Menu and toolbar: load the bills from the server again.</extracomment>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the bills from the server (F5)</source>
        <translation>Die Rechnungen neu vom Server laden (F5)</translation>
    </message>
    <message>
        <source>Load &amp;all matching bills</source>
        <extracomment>Menu and toolbar: fetch every bill that matches the filters (the list loads page by page).</extracomment>
        <translation>Alle passenden Rechnungen &amp;laden</translation>
    </message>
    <message>
        <source>Loading all matching bills…</source>
        <translation>Alle passenden Rechnungen werden geladen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <extracomment>Edit menu: copy the selected rows of the bill table as tab-separated text.</extracomment>
        <translation>Ausgewählte Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Filter bills</source>
        <extracomment>Edit menu: put the keyboard focus on the filters above the bill table.</extracomment>
        <translation>Rechnungen &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>Button: quit now; the statements resume at the next start.</extracomment>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>Saved &amp;views</source>
        <translation>&amp;Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>&amp;Statements</source>
        <translation>&amp;Rechnungsauszüge</translation>
    </message>
    <message>
        <source>Show statements &amp;panel</source>
        <translation>&amp;Bereich „Rechnungsauszüge“ anzeigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About m3ter Bills</source>
        <translation>Ü&amp;ber m3ter Bills</translation>
    </message>
    <message>
        <source>About m3ter Bills</source>
        <translation>Über m3ter Bills</translation>
    </message>
    <message>
        <source>&lt;b&gt;m3ter Bills %1&lt;/b&gt;&lt;p&gt;Browse m3ter bills, check their line items and totals, and download bill statements.&lt;/p&gt;</source>
        <translation>&lt;b&gt;m3ter Bills %1&lt;/b&gt;&lt;p&gt;m3ter-Rechnungen durchsuchen, ihre Positionen und Summen prüfen und Rechnungsauszüge herunterladen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · org %2</source>
        <extracomment>Toolbar: which m3ter organization the window is connected to.</extracomment>
        <translation>%1 · Org. %2</translation>
    </message>
    <message>
        <source>PRODUCTION · %1</source>
        <extracomment>Toolbar: the connection is to a production organization (real customer data).</extracomment>
        <translation>PRODUKTION · %1</translation>
    </message>
    <message>
        <source>Bills</source>
        <extracomment>Accessible name of the table of bills (invoices, one per account and period).</extracomment>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>PRODUCTION — %1 · organization %2 · real customer data</source>
        <extracomment>Banner across the main window while connected to a production organization.</extracomment>
        <translation>PRODUKTION — %1 · Organisation %2 · echte Kundendaten</translation>
    </message>
    <message>
        <source>Loading bills…</source>
        <extracomment>Shown over the bill table while the first page of bills loads.</extracomment>
        <translation>Rechnungen werden geladen…</translation>
    </message>
    <message>
        <source>The bills could not be loaded.
%1</source>
        <translation>Die Rechnungen konnten nicht geladen werden.
%1</translation>
    </message>
    <message>
        <source>More bills could not be loaded: %1</source>
        <extracomment>Notice above the bill table; the button loads the next page again.</extracomment>
        <translation>Weitere Rechnungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>There are no bills in this organization.</source>
        <translation>In dieser Organisation gibt es keine Rechnungen.</translation>
    </message>
    <message>
        <source>No bill matches these filters:
%1</source>
        <translation>Keine Rechnung entspricht diesen Filtern:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bill(s) loaded (more available)</source>
        <translation>
            <numerusform>%Ln Rechnung geladen (weitere verfügbar)</numerusform>
            <numerusform>%Ln Rechnungen geladen (weitere verfügbar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln bill(s) loaded</source>
        <translation>
            <numerusform>%Ln Rechnung geladen (vollständig)</numerusform>
            <numerusform>Alle %Ln Rechnungen geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bill(s) loaded</source>
        <translation>
            <numerusform>%Ln Rechnung geladen</numerusform>
            <numerusform>%Ln Rechnungen geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded: %1</source>
        <extracomment>Status bar: sums of the loaded bills, one per currency.</extracomment>
        <translation>Geladen: %1</translation>
    </message>
    <message>
        <source>Sums per currency of the loaded bills; currencies are never added together.</source>
        <translation>Summen der geladenen Rechnungen je Währung; verschiedene Währungen werden nie zusammengerechnet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected: %1</source>
        <extracomment>Status bar: number of selected bills and their sums per currency.</extracomment>
        <translation>
            <numerusform>%Ln ausgewählt: %1</numerusform>
            <numerusform>%Ln ausgewählt: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sorting by “%1” needs every matching bill, but only %Ln are loaded so far.</source>
        <translation>
            <numerusform>Zum Sortieren nach „%1“ werden alle passenden Rechnungen benötigt, bisher ist aber erst %Ln geladen.</numerusform>
            <numerusform>Zum Sortieren nach „%1“ werden alle passenden Rechnungen benötigt, bisher sind aber erst %Ln geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load all and sort</source>
        <extracomment>Notice buttons: load every matching bill and then sort, or leave the list as it is.</extracomment>
        <translation>Alle laden und sortieren</translation>
    </message>
    <message>
        <source>CSV (UTF-8) (*.csv)</source>
        <translation>CSV (UTF-8) (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel (UTF-8 with BOM) (*.csv)</source>
        <translation>CSV für Excel (UTF-8 mit BOM) (*.csv)</translation>
    </message>
    <message>
        <source>Export selected bills</source>
        <translation>Ausgewählte Rechnungen exportieren</translation>
    </message>
    <message>
        <source>Export loaded bills</source>
        <translation>Geladene Rechnungen exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>&amp;Save current view…</source>
        <translation>Aktuelle Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Delete view</source>
        <translation>Ansicht &amp;löschen</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of this view (filters and columns):</source>
        <translation>Name dieser Ansicht (Filter und Spalten):</translation>
    </message>
    <message>
        <source>View “%1” saved</source>
        <translation>Ansicht „%1“ gespeichert</translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation>S&amp;ortieren nach</translation>
    </message>
    <message>
        <source>&amp;Bill</source>
        <extracomment>Menu of the bill shown in the detail pane (bill = an m3ter invoice for one account).</extracomment>
        <translation>Rech&amp;nung</translation>
    </message>
    <message>
        <source>&amp;Sort line items by</source>
        <extracomment>Bill menu: sort the line items (the charges that make up the bill) by a column.</extracomment>
        <translation>Positionen &amp;sortieren nach</translation>
    </message>
    <message>
        <source>Statement &amp;jobs</source>
        <extracomment>Statements menu: the jobs listed in the statements panel (one per bill).</extracomment>
        <translation>Auf&amp;träge</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>%1 — m3ter Bills</source>
        <extracomment>Window title: connection (organization) — application name.</extracomment>
        <translation>%1 — m3ter Bills</translation>
    </message>
    <message>
        <source>%1 (PRODUCTION) — m3ter Bills</source>
        <extracomment>Window title of a production connection.</extracomment>
        <translation>%1 (PRODUKTION) — m3ter Bills</translation>
    </message>
    <message>
        <source>&amp;Export all loaded bills as CSV…</source>
        <extracomment>File menu: write every bill loaded in the table to a CSV file.</extracomment>
        <translation>Alle geladenen Rechnungen als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Export every loaded bill as CSV (Ctrl+E)</source>
        <translation>Alle geladenen Rechnungen als CSV exportieren (Strg+E)</translation>
    </message>
    <message>
        <source>Export &amp;selected bills as CSV…</source>
        <extracomment>File menu: write only the selected bills of the table to a CSV file.</extracomment>
        <translation>&amp;Ausgewählte Rechnungen als CSV exportieren…</translation>
    </message>
    <message>
        <source>Quit m3ter Bills</source>
        <translation>m3ter Bills beenden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln statement(s) are still being generated or downloaded.</source>
        <translation>
            <numerusform>%Ln Rechnungsauszug wird noch erzeugt oder heruntergeladen.</numerusform>
            <numerusform>%Ln Rechnungsauszüge werden noch erzeugt oder heruntergeladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you quit now, they carry on the next time you open m3ter Bills with this connection; nothing is lost.</source>
        <translation>Wenn Sie jetzt beenden, geht es beim nächsten Start von m3ter Bills mit dieser Verbindung weiter; nichts geht verloren.</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <extracomment>Button: keep the window open so the statements finish now.</extracomment>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>The bills could not be refreshed: %1 The table still shows the bills as loaded before.</source>
        <extracomment>Notice above the bill table after Refresh failed; the bills loaded before stay in the table. The button tries the refresh again.</extracomment>
        <translation>Die Rechnungen konnten nicht aktualisiert werden: %1 Die Tabelle zeigt weiter die zuvor geladenen Rechnungen.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>as of %1</source>
        <extracomment>Where stored bills come from: &quot;as of &lt;date and time&gt;&quot; of the last complete load.</extracomment>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>from an earlier load that did not finish</source>
        <extracomment>Where stored bills come from, when no load of this filter ever completed.</extracomment>
        <translation>aus einem früheren, nicht abgeschlossenen Laden</translation>
    </message>
    <message>
        <source>Showing the bills stored on this computer (%1) while the current list loads.</source>
        <extracomment>Notice above the bill table: the bills kept from an earlier run show at once, while the current list loads from m3ter. %1: &quot;as of &lt;date and time&gt;&quot;.</extracomment>
        <translation>Angezeigt werden die auf diesem Computer gespeicherten Rechnungen (%1), während die aktuelle Liste lädt.</translation>
    </message>
    <message>
        <source>The bills could not be loaded: %1
Shown are the bills stored on this computer (%2); generating statements needs the connection.</source>
        <extracomment>Notice above the bill table when m3ter cannot be reached: the bills kept on this computer are shown. %2: &quot;as of &lt;date and time&gt;&quot;.</extracomment>
        <translation>Die Rechnungen konnten nicht geladen werden: %1
Angezeigt werden die auf diesem Computer gespeicherten Rechnungen (%2); zum Erzeugen von Rechnungsauszügen wird die Verbindung benötigt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored bill(s), %1</source>
        <extracomment>Status bar: bills shown from the copy kept on this computer; %1: &quot;as of &lt;time&gt;&quot;.</extracomment>
        <translation>
            <numerusform>%Ln gespeicherte Rechnung, %1</numerusform>
            <numerusform>%Ln gespeicherte Rechnungen, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show c&amp;hanges since you last looked</source>
        <translation>&amp;Änderungen seit dem letzten Ansehen anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) since you last looked</source>
        <extracomment>Status bar after a refresh found differences with what was stored.</extracomment>
        <translation>
            <numerusform>%Ln Änderung seit dem letzten Ansehen</numerusform>
            <numerusform>%Ln Änderungen seit dem letzten Ansehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line item change(s) in this bill</source>
        <extracomment>Status bar: a bill opened again has line items that changed since it was last opened.</extracomment>
        <translation>
            <numerusform>%Ln geänderte Position in dieser Rechnung</numerusform>
            <numerusform>%Ln geänderte Positionen in dieser Rechnung</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Search stored bills</source>
        <extracomment>Edit menu: put the keyboard focus in the search over the bills kept on this computer.</extracomment>
        <translation>Gespeicherte Rechnungen d&amp;urchsuchen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln bill(s) match the search</source>
        <extracomment>Status bar while a search is typed: %1 bills shown of the %Ln loaded or stored.</extracomment>
        <translation>
            <numerusform>%1 von %Ln Rechnung passen zur Suche</numerusform>
            <numerusform>%1 von %Ln Rechnungen passen zur Suche</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching: %1</source>
        <extracomment>Status bar: sums of the bills that match the search, one per currency.</extracomment>
        <translation>Treffer: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bill(s), refreshing…</source>
        <extracomment>Status bar while Refresh reads the list again over the bills shown, which it updates in place.</extracomment>
        <translation>
            <numerusform>%Ln Rechnung, wird aktualisiert…</numerusform>
            <numerusform>%Ln Rechnungen, werden aktualisiert…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>m3ter::Page</name>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
</context>
<context>
    <name>m3ter::ParseError</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>m3ter::PreferencesDialog</name>
    <message>
        <source>Use the &amp;system proxy settings</source>
        <translation>Proxy-Einstellungen des &amp;Systems verwenden</translation>
    </message>
    <message>
        <source>&amp;No proxy (connect directly)</source>
        <translation>&amp;Kein Proxy (direkte Verbindung)</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>&amp;Manueller HTTP-Proxy:</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation>Netzwerk-Proxy</translation>
    </message>
    <message>
        <source>The system settings include the HTTPS_PROXY and NO_PROXY environment variables. Proxy passwords are never saved.</source>
        <translation>Die Systemeinstellungen umfassen die Umgebungsvariablen HTTPS_PROXY und NO_PROXY. Proxy-Passwörter werden nie gespeichert.</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Rechnungsauszüge</translation>
    </message>
    <message>
        <source>Statements folder</source>
        <translation>Ordner für Rechnungsauszüge</translation>
    </message>
    <message>
        <source>Statements are saved here, in a folder per organization and account. Leave empty for the default.</source>
        <translation>Rechnungsauszüge werden hier gespeichert, in einem Ordner je Organisation und Kundenkonto. Leer lassen für den Standardordner.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Oberflächensprache:</translation>
    </message>
    <message>
        <source>Dates, numbers and amounts follow the language. A change takes effect the next time the app starts.</source>
        <translation>Datums-, Zahlen- und Betragsformate richten sich nach der Sprache. Eine Änderung wird beim nächsten Start der App wirksam.</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Sa&amp;ve in:</source>
        <translation>Speichern &amp;in:</translation>
    </message>
</context>
<context>
    <name>m3ter::Profile</name>
    <message>
        <source>Enter the API base URL, for example %1.</source>
        <translation>Geben Sie die API-Basis-URL ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>The API base URL is not a valid web address.</source>
        <translation>Die API-Basis-URL ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>The API base URL must not contain a user name or password.</source>
        <translation>Die API-Basis-URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The API base URL must not contain a query (?) or fragment (#).</source>
        <translation>Die API-Basis-URL darf keine Abfrage (?) und kein Fragment (#) enthalten.</translation>
    </message>
    <message>
        <source>The API base URL must use https. Plain http is only allowed for this computer (127.0.0.1, localhost or [::1]).</source>
        <translation>Die API-Basis-URL muss https verwenden. Einfaches http ist nur für diesen Computer zulässig (127.0.0.1, localhost oder [::1]).</translation>
    </message>
    <message>
        <source>The API base URL must start with https://.</source>
        <translation>Die API-Basis-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Geben Sie einen Namen für das Profil ein.</translation>
    </message>
    <message>
        <source>Enter the organization id (shown in the m3ter Console).</source>
        <translation>Geben Sie die Organisations-ID ein (wird in der m3ter Console angezeigt).</translation>
    </message>
    <message>
        <source>The organization id does not look like an m3ter id (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).</source>
        <translation>Die Organisations-ID sieht nicht wie eine m3ter-ID aus (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).</translation>
    </message>
    <message>
        <source>Enter the access key id (client id) of the m3ter service user.</source>
        <translation>Geben Sie die Zugriffsschlüssel-ID (Client-ID) des m3ter-Servicebenutzers ein.</translation>
    </message>
    <message>
        <source>The access key id must not contain a colon (:).</source>
        <translation>Die Zugriffsschlüssel-ID darf keinen Doppelpunkt (:) enthalten.</translation>
    </message>
</context>
<context>
    <name>m3ter::ProfileStore</name>
    <message>
        <source>The profile no longer exists.</source>
        <translation>Das Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A profile with this id already exists.</source>
        <translation>Ein Profil mit dieser ID existiert bereits.</translation>
    </message>
    <message>
        <source>The profile settings could not be saved: the settings file is not writable (%1).</source>
        <translation>Die Profileinstellungen konnten nicht gespeichert werden: Die Einstellungsdatei ist nicht beschreibbar (%1).</translation>
    </message>
    <message>
        <source>The profile settings could not be saved: the settings file is damaged (%1).</source>
        <translation>Die Profileinstellungen konnten nicht gespeichert werden: Die Einstellungsdatei ist beschädigt (%1).</translation>
    </message>
</context>
<context>
    <name>m3ter::ProxySettings</name>
    <message>
        <source>Enter the proxy&apos;s host name.</source>
        <translation>Geben Sie den Hostnamen des Proxys ein.</translation>
    </message>
    <message>
        <source>Enter only the proxy&apos;s host name, without http:// or a user name.</source>
        <translation>Geben Sie nur den Hostnamen des Proxys ein, ohne http:// und ohne Benutzernamen.</translation>
    </message>
    <message>
        <source>The proxy port must be between 1 and 65535.</source>
        <translation>Der Proxy-Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
</context>
<context>
    <name>m3ter::RequestArguments</name>
    <message>
        <source>No item was selected for this request.</source>
        <translation>Für diese Anfrage wurde kein Element ausgewählt.</translation>
    </message>
    <message>
        <source>No items were selected for this request.</source>
        <translation>Für diese Anfrage wurden keine Elemente ausgewählt.</translation>
    </message>
    <message>
        <source>At most %1 items can be sent in one request.</source>
        <translation>In einer Anfrage können höchstens %1 Elemente gesendet werden.</translation>
    </message>
    <message>
        <source>An empty ID cannot be sent.</source>
        <translation>Eine leere ID kann nicht gesendet werden.</translation>
    </message>
</context>
<context>
    <name>m3ter::SelfTest</name>
    <message>
        <source>No answer within %1 s while %2.</source>
        <translation>Keine Antwort innerhalb von %1 s beim %2.</translation>
    </message>
    <message>
        <source>drawing the application icon</source>
        <translation>Zeichnen des Anwendungssymbols</translation>
    </message>
    <message>
        <source>The application icon could not be drawn: the Qt SVG plugins are missing (Debian package libqt6svg6).</source>
        <translation>Das Anwendungssymbol konnte nicht gezeichnet werden: Die Qt-SVG-Plugins fehlen (Debian-Paket libqt6svg6).</translation>
    </message>
    <message>
        <source>Qt %1, platform &quot;%2&quot;, SVG icon drawn at %3×%4 pixels.</source>
        <translation>Qt %1, Plattform „%2“, SVG-Symbol mit %3×%4 Pixeln gezeichnet.</translation>
    </message>
    <message>
        <source>starting the demo sandbox</source>
        <translation>Starten der Demo-Sandbox</translation>
    </message>
    <message>
        <source>The demo sandbox could not start on 127.0.0.1.</source>
        <translation>Die Demo-Sandbox konnte auf 127.0.0.1 nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Demo sandbox listening at %1 (organization %2).</source>
        <translation>Demo-Sandbox empfangsbereit unter %1 (Organisation %2).</translation>
    </message>
    <message>
        <source>loading the first page of bills</source>
        <translation>Laden der ersten Seite mit Rechnungen</translation>
    </message>
    <message>
        <source>Loading bills failed: %1</source>
        <translation>Laden der Rechnungen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The demo sandbox returned no bills.</source>
        <translation>Die Demo-Sandbox hat keine Rechnungen geliefert.</translation>
    </message>
    <message>
        <source>more pages available</source>
        <translation>weitere Seiten verfügbar</translation>
    </message>
    <message>
        <source>no more pages</source>
        <translation>keine weiteren Seiten</translation>
    </message>
    <message numerus="yes">
        <source>Bill list: %n bill(s) on the first page (%1); totals %2.</source>
        <translation>
            <numerusform>Rechnungsliste: %n Rechnung auf der ersten Seite (%1); Summen %2.</numerusform>
            <numerusform>Rechnungsliste: %n Rechnungen auf der ersten Seite (%1); Summen %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>loading the details of bill %1</source>
        <translation>Laden der Details von Rechnung %1</translation>
    </message>
    <message>
        <source>Bill %1 came without line items.</source>
        <translation>Rechnung %1 wurde ohne Positionen geliefert.</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht angegeben</translation>
    </message>
    <message numerus="yes">
        <source>Bill detail: %1 (account %2), %n line item(s), total %3.</source>
        <translation>
            <numerusform>Rechnungsdetails: %1 (Kundenkonto %2), %n Position, Rechnungsbetrag %3.</numerusform>
            <numerusform>Rechnungsdetails: %1 (Kundenkonto %2), %n Positionen, Rechnungsbetrag %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading bill %1 failed: %2</source>
        <translation>Laden der Rechnung %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Self-test passed in %1 s.</source>
        <translation>Selbsttest in %1 s bestanden.</translation>
    </message>
    <message>
        <source>Self-test failed: %1</source>
        <translation>Selbsttest fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>m3ter::Session</name>
    <message>
        <source>The bills stored on this computer could not be deleted from %1.</source>
        <translation>Die auf diesem Computer gespeicherten Rechnungen konnten nicht aus %1 gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>m3ter::StatementActions</name>
    <message>
        <source>&amp;Generate statements…</source>
        <extracomment>Menu and toolbar: create statements (documents summarising a bill) on the server.</extracomment>
        <translation>Rechnungsauszüge &amp;erzeugen…</translation>
    </message>
    <message>
        <source>Generate statements for the selected bills (Ctrl+G)</source>
        <translation>Rechnungsauszüge für die ausgewählten Rechnungen erzeugen (Strg+G)</translation>
    </message>
    <message>
        <source>Generate statements</source>
        <translation>Rechnungsauszüge erzeugen</translation>
    </message>
    <message>
        <source>&amp;Download existing statements</source>
        <extracomment>Statements menu: download statements that were generated earlier, without generating new ones.</extracomment>
        <translation>&amp;Vorhandene Rechnungsauszüge herunterladen</translation>
    </message>
    <message>
        <source>Save the statements the selected bills already have, without generating new ones</source>
        <translation>Die bereits vorhandenen Rechnungsauszüge der ausgewählten Rechnungen speichern, ohne neue zu erzeugen</translation>
    </message>
    <message>
        <source>Regenerate &amp;stale statements…</source>
        <extracomment>Statements menu: stale statement = it no longer matches its bill (the bill changed since).</extracomment>
        <translation>Veraltete Rechnungsauszüge &amp;neu erzeugen…</translation>
    </message>
    <message>
        <source>Generate new statements for every loaded bill whose statement is stale</source>
        <translation>Neue Rechnungsauszüge für alle geladenen Rechnungen erzeugen, deren Rechnungsauszug veraltet ist</translation>
    </message>
    <message>
        <source>Select the bills to generate statements for.</source>
        <translation>Wählen Sie die Rechnungen aus, für die Rechnungsauszüge erzeugt werden sollen.</translation>
    </message>
    <message numerus="yes">
        <source>Generating %Ln statement(s)…</source>
        <translation>
            <numerusform>%Ln Rechnungsauszug wird erzeugt…</numerusform>
            <numerusform>%Ln Rechnungsauszüge werden erzeugt…</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the selected bills has a statement yet; use Generate statements.</source>
        <translation>Keine der ausgewählten Rechnungen hat bisher einen Rechnungsauszug; verwenden Sie „Rechnungsauszüge erzeugen“.</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %Ln existing statement(s)…</source>
        <translation>
            <numerusform>%Ln vorhandener Rechnungsauszug wird heruntergeladen…</numerusform>
            <numerusform>%Ln vorhandene Rechnungsauszüge werden heruntergeladen…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 statements — %3</source>
        <extracomment>Window title (and taskbar entry) while statements are generated: progress first, so it stays visible in a narrow taskbar button.</extracomment>
        <translation>%1/%2 Rechnungsauszüge — %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln statement(s) downloaded</source>
        <translation>
            <numerusform>%Ln Rechnungsauszug heruntergeladen</numerusform>
            <numerusform>%Ln Rechnungsauszüge heruntergeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln not (see the statements panel)</source>
        <extracomment>Appended to &quot;N statements downloaded&quot;.</extracomment>
        <translation>
            <numerusform>, %Ln nicht (siehe Bereich „Rechnungsauszüge“)</numerusform>
            <numerusform>, %Ln nicht (siehe Bereich „Rechnungsauszüge“)</numerusform>
        </translation>
    </message>
    <message>
        <source>Statements finished with problems</source>
        <translation>Rechnungsauszüge mit Problemen abgeschlossen</translation>
    </message>
    <message>
        <source>Statements ready</source>
        <translation>Rechnungsauszüge fertig</translation>
    </message>
    <message>
        <source>Generating statements needs the current list from m3ter; the bills shown are stored on this computer</source>
        <translation>Zum Erzeugen von Rechnungsauszügen wird die aktuelle Liste von m3ter benötigt; die angezeigten Rechnungen sind auf diesem Computer gespeichert</translation>
    </message>
</context>
<context>
    <name>m3ter::StatementBatchSubmitter</name>
    <message>
        <source>The statement jobs could not be created: %1</source>
        <translation>Die Aufträge für die Rechnungsauszüge konnten nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>It could not be confirmed whether the statement job was created, so it was not submitted again (to avoid a duplicate): %1</source>
        <translation>Es ließ sich nicht bestätigen, ob der Auftrag für den Rechnungsauszug angelegt wurde; er wurde daher nicht erneut übermittelt (um ein Duplikat zu vermeiden): %1</translation>
    </message>
    <message numerus="yes">
        <source>The statement job could not be created after %n attempt(s).</source>
        <translation>
            <numerusform>Der Auftrag für den Rechnungsauszug konnte nach %n Versuch nicht angelegt werden.</numerusform>
            <numerusform>Der Auftrag für den Rechnungsauszug konnte nach %n Versuchen nicht angelegt werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>m3ter::StatementContentCheck</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the JSON ends early, at byte %1</source>
        <translation>das JSON endet vorzeitig, bei Byte %1</translation>
    </message>
    <message>
        <source>the text ends inside a character</source>
        <translation>der Text endet mitten in einem Zeichen</translation>
    </message>
    <message>
        <source>the CSV has no header line</source>
        <translation>die CSV-Datei hat keine Kopfzeile</translation>
    </message>
    <message>
        <source>the CSV ends inside a quoted field</source>
        <translation>die CSV-Datei endet in einem Feld in Anführungszeichen</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1</source>
        <translation>kein gültiges JSON bei Byte %1</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>das JSON ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the CSV is not UTF-8 text (byte %1)</source>
        <translation>die CSV-Datei ist kein UTF-8-Text (Byte %1)</translation>
    </message>
    <message>
        <source>the CSV contains a control character at byte %1</source>
        <translation>die CSV-Datei enthält ein Steuerzeichen bei Byte %1</translation>
    </message>
</context>
<context>
    <name>m3ter::StatementDownload</name>
    <message>
        <source>Download cancelled.</source>
        <translation>Download abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose another target folder, then retry the download.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Wählen Sie einen anderen Zielordner und wiederholen Sie dann den Download.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Choose another target folder, then retry the download.</source>
        <translation>%1 kann nicht geschrieben werden (%2). Wählen Sie einen anderen Zielordner und wiederholen Sie dann den Download.</translation>
    </message>
    <message>
        <source>No %1 statement exists for this bill yet.</source>
        <translation>Für diese Rechnung gibt es noch keinen %1-Rechnungsauszug.</translation>
    </message>
    <message>
        <source>Could not get a download link for the %1 statement: %2</source>
        <translation>Für den %1-Rechnungsauszug konnte kein Download-Link abgerufen werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1: the disk is full or not writable (%2).</source>
        <translation>%1 konnte nicht geschrieben werden: Der Datenträger ist voll oder nicht beschreibbar (%2).</translation>
    </message>
    <message>
        <source>Could not save %1: the disk is full or not writable (%2).</source>
        <translation>%1 konnte nicht gespeichert werden: Der Datenträger ist voll oder nicht beschreibbar (%2).</translation>
    </message>
    <message>
        <source>The download host refused the %1 statement (HTTP %2), also with a fresh link.</source>
        <translation>Der Download-Server hat den %1-Rechnungsauszug auch mit einem neuen Link verweigert (HTTP %2).</translation>
    </message>
    <message>
        <source>The download host answered HTTP %1 for the %2 statement.</source>
        <translation>Der Download-Server hat für den %2-Rechnungsauszug mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>the download host answered HTTP %1</source>
        <translation>der Download-Server hat mit HTTP %1 geantwortet</translation>
    </message>
    <message>
        <source>Could not download the %1 statement: %2</source>
        <translation>Der %1-Rechnungsauszug konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>the file the download host sent is damaged (%1)</source>
        <translation>die vom Download-Server gesendete Datei ist beschädigt (%1)</translation>
    </message>
</context>
<context>
    <name>m3ter::StatementEntry</name>
    <message>
        <source>Submitting</source>
        <extracomment>Statement job stage: the request to generate the statement is being sent.</extracomment>
        <translation>Wird übermittelt</translation>
    </message>
    <message>
        <source>Generating</source>
        <extracomment>Statement job stage: m3ter is generating the statement document.</extracomment>
        <translation>Wird erzeugt</translation>
    </message>
    <message>
        <source>Waiting to download</source>
        <extracomment>Statement job stage: generated, the download has not started yet.</extracomment>
        <translation>Wartet auf Download</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>Statement job stage: the user cancelled the statement job.</extracomment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Download fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <extracomment>Statement job stage: the statement job could not be created on the server.</extracomment>
        <translation>Nicht übermittelt</translation>
    </message>
</context>
<context>
    <name>m3ter::StatementJobModel</name>
    <message>
        <source>Downloading %1%</source>
        <translation>Wird heruntergeladen: %1 %</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kundenkonto</translation>
    </message>
    <message>
        <source>Bill date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>Bill ID</source>
        <extracomment>Statements panel column: the unique ID of the bill the statement is for.</extracomment>
        <translation>Rechnungs-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Statements panel column: the stage of the statement job (generating, downloaded...).</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>JSON</source>
        <extracomment>Statements panel column: state of the JSON statement (up to date, out of date, invalidated).</extracomment>
        <translation>JSON</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <extracomment>Statements panel column: time since the statement job was submitted.</extracomment>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>File(s) / error</source>
        <translation>Datei(en) / Fehler</translation>
    </message>
    <message>
        <source>%1, retrying</source>
        <extracomment>Statements panel status while the server cannot be reached: &quot;Pending, retrying&quot;.</extracomment>
        <translation>%1, neuer Versuch läuft</translation>
    </message>
    <message>
        <source>Could not check the job at %1; trying again: %2</source>
        <extracomment>Statements panel, on a job that is waiting: %1 = time, %2 = why (the server&apos;s error).</extracomment>
        <translation>Auftrag konnte um %1 nicht geprüft werden; neuer Versuch folgt: %2</translation>
    </message>
</context>
<context>
    <name>m3ter::StatementPanel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>Statement viewer title: account code · bill date · bill id.</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Rechnungsauszüge</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <extracomment>Statements panel: cancel the selected statement jobs (not a dialog button).</extracomment>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the selected statement jobs (Del)</source>
        <translation>Die ausgewählten Aufträge für Rechnungsauszüge abbrechen (Entf)</translation>
    </message>
    <message>
        <source>Cancel &amp;all</source>
        <translation>&amp;Alle abbrechen</translation>
    </message>
    <message>
        <source>Cancel every statement job that has not finished</source>
        <translation>Alle noch nicht abgeschlossenen Aufträge für Rechnungsauszüge abbrechen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>Statements panel: show the selected statement in the built-in viewer (verb, not the View menu).</extracomment>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the statement here: JSON as a tree, CSV as a table (Enter)</source>
        <translation>Den Rechnungsauszug hier anzeigen: JSON als Baum, CSV als Tabelle (Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <extracomment>Statements panel: open the statement file in the default application.</extracomment>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the JSON statement in its default application</source>
        <translation>Den JSON-Rechnungsauszug in der Standardanwendung öffnen</translation>
    </message>
    <message>
        <source>Open the CSV statement in its default application, e.g. a spreadsheet</source>
        <translation>Den CSV-Rechnungsauszug in der Standardanwendung öffnen, z. B. einer Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Show the statement file in the file manager</source>
        <translation>Die Datei des Rechnungsauszugs im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>&amp;Retry downloads</source>
        <extracomment>Statements panel: download the statements whose download failed again.</extracomment>
        <translation>&amp;Downloads wiederholen</translation>
    </message>
    <message>
        <source>Download failed statements again, into the statements folder</source>
        <translation>Fehlgeschlagene Rechnungsauszüge erneut in den Ordner für Rechnungsauszüge herunterladen</translation>
    </message>
    <message>
        <source>&amp;Generate again</source>
        <extracomment>Statements panel: generate the selected failed or cancelled statements once more.</extracomment>
        <translation>&amp;Erneut erzeugen</translation>
    </message>
    <message>
        <source>Submit the selected failed or cancelled statements again</source>
        <translation>Die ausgewählten fehlgeschlagenen oder abgebrochenen Rechnungsauszüge erneut übermitteln</translation>
    </message>
    <message>
        <source>Statements &amp;folder</source>
        <translation>Ordner für &amp;Rechnungsauszüge</translation>
    </message>
    <message>
        <source>Statements folder</source>
        <translation>Ordner für Rechnungsauszüge</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Statement actions</source>
        <translation>Aktionen für Rechnungsauszüge</translation>
    </message>
    <message>
        <source>Statement progress</source>
        <translation>Fortschritt der Rechnungsauszüge</translation>
    </message>
    <message>
        <source>Statement jobs</source>
        <translation>Aufträge für Rechnungsauszüge</translation>
    </message>
    <message>
        <source>No statements yet. Select bills and choose Generate statements (Ctrl+G); they are saved under %1.</source>
        <translation>Noch keine Rechnungsauszüge. Wählen Sie Rechnungen aus und dann „Rechnungsauszüge erzeugen“ (Strg+G); sie werden unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <extracomment>Progress bar of the statements panel: finished of all in this run.</extracomment>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln in progress</source>
        <translation>
            <numerusform>%Ln in Bearbeitung</numerusform>
            <numerusform>%Ln in Bearbeitung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln downloaded</source>
        <translation>
            <numerusform>%Ln heruntergeladen</numerusform>
            <numerusform>%Ln heruntergeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln abgebrochen</numerusform>
            <numerusform>%Ln abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the statements folder: %1</source>
        <translation>Ordner für Rechnungsauszüge öffnen: %1</translation>
    </message>
    <message>
        <source>Open C&amp;SV</source>
        <translation>C&amp;SV öffnen</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <extracomment>Statements panel: remove finished statement jobs from the list (files stay on disk).</extracomment>
        <translation>Abgeschlossene e&amp;ntfernen</translation>
    </message>
    <message>
        <source>Remove finished statements from this list; saved files stay on disk</source>
        <translation>Abgeschlossene Rechnungsauszüge aus dieser Liste entfernen; gespeicherte Dateien bleiben erhalten</translation>
    </message>
    <message>
        <source>m3ter statements</source>
        <extracomment>Name of the folder under Documents that statements are saved in (a folder name: no slashes or colons).</extracomment>
        <translation>m3ter-Rechnungsauszüge</translation>
    </message>
</context>
<context>
    <name>m3ter::StatementQueue</name>
    <message>
        <source>Checking the statement jobs failed, trying again shortly: %1</source>
        <translation>Die Prüfung der Aufträge für Rechnungsauszüge ist fehlgeschlagen, neuer Versuch in Kürze: %1</translation>
    </message>
    <message>
        <source>The statement job %1 no longer exists on the server: %2</source>
        <translation>Der Auftrag %1 für den Rechnungsauszug existiert auf dem Server nicht mehr: %2</translation>
    </message>
    <message>
        <source>m3ter could not generate the statement (job %1 FAILED). Try again later, or give the job id to m3ter support.</source>
        <translation>m3ter konnte den Rechnungsauszug nicht erzeugen (Auftrag %1 FAILED). Versuchen Sie es später erneut oder nennen Sie dem m3ter-Support die Auftrags-ID.</translation>
    </message>
    <message>
        <source>The statement job was cancelled.</source>
        <translation>Der Auftrag für den Rechnungsauszug wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The statement job could not be cancelled: %1</source>
        <translation>Der Auftrag für den Rechnungsauszug konnte nicht abgebrochen werden: %1</translation>
    </message>
    <message>
        <source>The statement queue is already in use.</source>
        <translation>Die Warteschlange der Rechnungsauszüge wird bereits verwendet.</translation>
    </message>
    <message>
        <source>Could not read the saved statement queue %1: %2</source>
        <translation>Die gespeicherte Warteschlange der Rechnungsauszüge %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped waiting after %1: m3ter never reported a state for the statement job %2. It may still finish there; download the existing statement later, or generate it again.</source>
        <translation>Warten nach %1 beendet: m3ter hat für den Auftrag %2 nie einen Status gemeldet. Der Auftrag kann dort noch abgeschlossen werden; laden Sie den vorhandenen Rechnungsauszug später herunter oder erzeugen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>Stopped waiting after %1: m3ter still reported the statement job %2 as %3. It may still finish there; download the existing statement later, or generate it again.</source>
        <translation>Warten nach %1 beendet: m3ter meldete den Auftrag %2 für den Rechnungsauszug weiterhin als %3. Der Auftrag kann dort noch abgeschlossen werden; laden Sie den vorhandenen Rechnungsauszug später herunter oder erzeugen Sie ihn erneut.</translation>
    </message>
</context>
<context>
    <name>m3ter::StatementQueueSaver</name>
    <message>
        <source>Could not save the statement queue to %1: %2</source>
        <translation>Die Warteschlange der Rechnungsauszüge konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>m3ter::StatementQueueSnapshot</name>
    <message>
        <source>The saved statement queue is damaged or from an unknown version.</source>
        <translation>Die gespeicherte Warteschlange der Rechnungsauszüge ist beschädigt oder stammt aus einer unbekannten Version.</translation>
    </message>
</context>
<context>
    <name>m3ter::StatementViewer</name>
    <message>
        <source>Statement</source>
        <extracomment>Window title of the statement viewer (statement: the document m3ter generates from a bill).</extracomment>
        <translation>Rechnungsauszug</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <source>&amp;Open in default app</source>
        <extracomment>Opens the statement file in the application the system uses for JSON or CSV files.</extracomment>
        <translation>In &amp;Standardanwendung öffnen</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <extracomment>Opens the file manager at the statement file.</extracomment>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Find a field or value…</source>
        <translation>Feld oder Wert suchen…</translation>
    </message>
    <message>
        <source>Find in statement</source>
        <translation>Im Rechnungsauszug suchen</translation>
    </message>
    <message>
        <source>Statement JSON</source>
        <translation>Rechnungsauszug (JSON)</translation>
    </message>
    <message>
        <source>Statement CSV</source>
        <translation>Rechnungsauszug (CSV)</translation>
    </message>
    <message>
        <source>No file was saved in this format for this statement.</source>
        <translation>Für diesen Rechnungsauszug wurde keine Datei in diesem Format gespeichert.</translation>
    </message>
    <message>
        <source>%1 is no longer there. It may have been moved or deleted; download the statement again.</source>
        <translation>%1 ist nicht mehr vorhanden. Möglicherweise wurde die Datei verschoben oder gelöscht; laden Sie den Rechnungsauszug erneut herunter.</translation>
    </message>
    <message>
        <source>%1 is too large to show here. Open it in its default application.</source>
        <translation>%1 ist zu groß, um hier angezeigt zu werden. Öffnen Sie die Datei in der Standardanwendung.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Statement — %1</source>
        <translation>Rechnungsauszug — %1</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Statement format</source>
        <translation>Format des Rechnungsauszugs</translation>
    </message>
</context>
<context>
    <name>m3ter::StoreFile</name>
    <message>
        <source>The local copy of your bills cannot be kept: %1</source>
        <translation>Die lokale Kopie Ihrer Rechnungen kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The local copy of your bills is in use by another window of this program, so this one works without it.</source>
        <translation>Die lokale Kopie Ihrer Rechnungen wird von einem anderen Fenster dieses Programms verwendet; dieses arbeitet daher ohne sie.</translation>
    </message>
    <message>
        <source>The local copy of your bills could not be read or moved aside, so this session works without it.</source>
        <translation>Die lokale Kopie Ihrer Rechnungen konnte weder gelesen noch beiseitegelegt werden; diese Sitzung arbeitet daher ohne sie.</translation>
    </message>
    <message>
        <source>The local copy of your bills could not be read and was moved aside as %1; a new one cannot be created, so this session works without it.</source>
        <translation>Die lokale Kopie Ihrer Rechnungen konnte nicht gelesen werden und wurde als %1 beiseitegelegt; eine neue kann nicht angelegt werden, daher arbeitet diese Sitzung ohne sie.</translation>
    </message>
    <message>
        <source>The local copy of your bills could not be read, so it was moved aside as %1 and a new one was started. Bills are downloaded again.</source>
        <translation>Die lokale Kopie Ihrer Rechnungen konnte nicht gelesen werden; sie wurde als %1 beiseitegelegt und eine neue angelegt. Die Rechnungen werden erneut geladen.</translation>
    </message>
</context>
<context>
    <name>m3ter::TableStateOverlay</name>
    <message>
        <source>&amp;Retry</source>
        <extracomment>Button over the bill table: send the request that failed again.</extracomment>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Repeat the request that failed</source>
        <translation>Die fehlgeschlagene Anfrage wiederholen</translation>
    </message>
    <message>
        <source>Bill table status</source>
        <extracomment>Accessible name of the message that covers the bill table (loading, empty, error).</extracomment>
        <translation>Status der Rechnungstabelle</translation>
    </message>
</context>
</TS>
