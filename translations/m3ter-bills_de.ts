<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>m3ter::Account</name>
    <message>
        <source>expected a string or a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::ApiConnection</name>
    <message>
        <source>The API address &quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must not contain a user name, query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must use https:// (plain http:// is only allowed for 127.0.0.1, localhost and [::1]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization ID is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key ID is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API secret is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::ApiError</name>
    <message>
        <source>%1
The server said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be found. Check the API address in the profile and your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection. Check the API address in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request to another address. It was stopped so that your credentials are not sent elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network proxy could not be used. Check the system proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network connection was lost. Please check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network error prevented the request from completing. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request as invalid (HTTP 400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested item was not found (HTTP 404). It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server timed out waiting for the request (HTTP 408). Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was changed by someone else (HTTP 409). Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s response would be too large (HTTP 413). Narrow the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests were sent to m3ter (HTTP 429). Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The m3ter service had a problem (HTTP %1). Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was denied (HTTP 403). The API key may lack permission, or the organization ID in the profile may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key ID or API secret was not accepted (HTTP 401). Check the credentials in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not respond in time. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s response could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s response could not be read: the field &quot;%1&quot; is missing or malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established (TLS or certificate error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection settings are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::AppController</name>
    <message>
        <source>The demo sandbox could not start on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That connection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API secret is saved for “%1” on this computer. Enter it to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to m3ter Bills. Add a connection to your m3ter organization, or try the app first with the built-in demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit current connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection “%1” and its saved API secret from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::AppOptions</name>
    <message>
        <source>Browse m3ter bills and download bill statements.

The client secret is read from the system keychain or, for automation, from the environment variable %1. It is never accepted on the command line, where other users of this computer could see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against the built-in sandbox with generated data; no m3ter account needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the saved profile with this name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the API base URL (https; plain http only for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the m3ter organization id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the access key id (client id); give its secret in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log diagnostics (logging categories m3ter.*).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the installation, print the result and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are not accepted on the command line, where other users of this computer can read them. Set the environment variable %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile needs a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--org-id needs an organization id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id needs an access key id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo cannot be combined with --profile, --base-url, --org-id or --client-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one profile is named &quot;%1&quot;; use its id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved secret of profile &quot;%1&quot; belongs to another access key and is not used; set %2 to give the secret for --client-id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::BillDetailPane</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separator between parts of one header value, e.g. &quot;INV-000123 · XI-42&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <extracomment>Who did something and when, e.g. &quot;by jane@acme.com on 2024-03-02 09:00&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a bill to see its line items and totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry loading the bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy bill ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the bill&apos;s ID to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole bill, as the server sent it, as indented JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export line items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the line items as a CSV file (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export line items for Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the line items as a CSV file with a byte-order mark, which Excel needs to read accents and currency symbols correctly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a statement for this bill and save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total mismatch warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timezone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last calculated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External invoice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PO number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by line-item type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the bill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Account ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not send a bill total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line items are not all in the bill&apos;s currency, so they cannot be checked against the bill total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no bill total to check the line items against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversions: the bill is in the organization&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill ID copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill&apos;s JSON is no longer available. Select the bill again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill was copied to the clipboard as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n line item(s) to “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::BillFilter</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A billing frequency can only be used together with an exact bill date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill date range is empty: its start must be before its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice date range is empty: its start must be before its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bill id cannot contain a comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bill date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked bills included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked bills excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected bill(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>bill job %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::BillFilterBar</name>
    <message>
        <source>Exact bill date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill date from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill date before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ext. invoice from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External invoice date from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External invoice date before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked bills</source>
        <extracomment>Filter: whether bills that are locked (final, unchangeable) are listed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked bills included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked bills left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any bill date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill date on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill dates from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API accepts a billing frequency only together with an exact bill date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill ids (paste a list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more bill ids separated by spaces, commas or new lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the bills that match these filters (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Account picker entry: account code — account name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an exact bill date to filter by frequency.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::BillTableModel</name>
    <message>
        <source>The statement no longer matches the bill; regenerate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API did not return a total for this bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>Column title: a locked bill can no longer be changed or recalculated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON + CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <extracomment>A statement exists but no longer matches its bill.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <extracomment>Column title: the date by which the bill must be paid.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ext. invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ext. invoice ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <extracomment>Column title: whether JSON/CSV bill statements have been generated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last calculated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::BillTotals</name>
    <message>
        <source>The line items add up to %1, %3 less than the bill total of %2.</source>
        <extracomment>%1 sum of the line items, %2 the bill total, %3 the absolute difference.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line items add up to %1, %3 more than the bill total of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill may have changed since it was calculated; check it in m3ter before sending it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line items are too large to add up exactly, so the bill total could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::ConnectionDialog</name>
    <message>
        <source>This is a &amp;production organization (real customer data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the connection to m3ter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to your m3ter organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the access key of an m3ter service user (m3ter Console → Settings → Access → Service users). The API secret is stored in the system keychain, never in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key id of the service user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the keychain — leave empty to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API secret of the access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secret while typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main window shows a red banner while connected to a production organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get an access token and read one page of bills; nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the app with generated bills on a sandbox that runs on this computer; no m3ter account needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection before saving to find problems early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API secret of the access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the saved secret from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API secret is saved for this connection. Enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 and requesting an access token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Reading a page of bills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the secret in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be saved in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::ConnectionTester</name>
    <message>
        <source>The network proxy %1:%2 could not be used (%3). Check the proxy under Connection → Preferences, or the system proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is self-signed: no certificate authority vouches for it. If your company inspects HTTPS traffic, ask IT to install its root certificate on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection works. The access key was accepted and organization %1 can be read (it has no bills yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection works. The access key was accepted and the bills of organization %1 can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign in at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the bills of organization %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::CsvTableModel</name>
    <message>
        <source>Column %1</source>
        <extracomment>CSV viewer: a column without a header.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::CsvWriter</name>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::DisplayFormat</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>A service period: start date – end date.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::EnumLabels</name>
    <message>
        <source>Standing charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum spend adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter running total charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter adjustment debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter adjustment credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepayment consumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepayment fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overage surcharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overage usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance consumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad-hoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalidated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON and CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::GenerateStatementsDialog</name>
    <message>
        <source>Also generate &amp;CSV statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Generate statements for %Ln bill(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A JSON statement is generated for each bill and saved under
%1
in a folder per account, named by bill date and bill ID.</source>
        <extracomment>%1: the statements folder.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV statements open in a spreadsheet; JSON is always generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these bills already have a statement, which will be replaced. To save the existing statements without regenerating them, use Download existing statements instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::GetStatementUrlRequest</name>
    <message>
        <source>expected an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::JsonParse</name>
    <message>
        <source>The server sent an empty reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reply is not valid JSON: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reply is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reply is not a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::JsonReader</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date and time (ISO 8601), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an absolute URL, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date and time (ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number that fits 64 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1 is too large for an exact amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid absolute URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::JsonTreeModel</name>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <extracomment>%1: the parser&apos;s reason, %2: byte offset in the file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <extracomment>JSON viewer: an object&apos;s summary, e.g. &quot;{5 fields}&quot;.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <extracomment>JSON viewer: an array&apos;s summary, e.g. &quot;[3 items]&quot;.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::KeychainCredentialStore</name>
    <message>
        <source>The system keychain is not available, so the client secret is kept only until you quit. To keep it, set up a keychain (for example GNOME Keyring or KWallet) and enter the secret again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so the client secret could not be used. Try again and allow access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret could not be removed from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::LanguageSetting</name>
    <message>
        <source>System language</source>
        <extracomment>Language choice in Preferences: use the operating system&apos;s language</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::LineItemCsv</name>
    <message>
        <source>Bill ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line item ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service period start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service period end (UTC, exclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line items</source>
        <extracomment>File name of a line-item export: %1 account code, %2 period start date.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 line items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::LineItemTreeModel</name>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg. unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average price per unit across all pricing bands; for a band, the band&apos;s unit price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the line item&apos;s currency, before conversion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After applying the conversion rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is exclusive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line-item type this version does not know: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 up to, but not including, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band %1 · from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · fixed price %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::MainWindow</name>
    <message>
        <source>m3ter Bills — %1</source>
        <extracomment>Window title: application name — connection (organization).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m3ter Bills — %1 (PRODUCTION)</source>
        <extracomment>Window title of a production connection.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading all matching bills… %L1 loaded so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading all bills stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement queue could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the bills from the server (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;all matching bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading all matching bills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show statements &amp;panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About m3ter Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About m3ter Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;m3ter Bills %1&lt;/b&gt;&lt;p&gt;Browse m3ter bills, check their line items and totals, and download bill statements.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · org %2</source>
        <extracomment>Toolbar: which m3ter organization the window is connected to.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION — %1 · organization %2 · real customer data</source>
        <extracomment>Banner across the main window while connected to a production organization.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading bills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bills could not be loaded.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More bills could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no bills in this organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bill matches these filters:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More bills could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln bill(s) loaded (more available)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln bill(s) loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bill(s) loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded: %1</source>
        <extracomment>Status bar: sums of the loaded bills, one per currency.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sums per currency of the loaded bills; currencies are never added together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected: %1</source>
        <extracomment>Status bar: number of selected bills and their sums per currency.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sorting by “%1” needs every matching bill, but only %Ln are loaded so far.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Load all and sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (UTF-8) (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (UTF-8 with BOM) (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selected bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export loaded bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save current view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this view (filters and columns):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View “%1” saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate statements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate statements for the selected bills (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download existing statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the statements the selected bills already have, without generating new ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate &amp;stale statements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate new statements for every loaded bill whose statement is stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the bills to generate statements for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Generating %Ln statement(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None of the selected bills has a statement yet; use Generate statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Downloading %Ln existing statement(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 statements — %3</source>
        <extracomment>Window title (and taskbar entry) while statements are generated: progress first, so it stays visible in a narrow taskbar button.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln statement(s) downloaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln not (see the statements panel)</source>
        <extracomment>Appended to &quot;N statements downloaded&quot;.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Statements finished with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::Page</name>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::ParseError</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::PreferencesDialog</name>
    <message>
        <source>Use the &amp;system proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No proxy (connect directly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system settings include the HTTPS_PROXY and NO_PROXY environment variables. Proxy passwords are never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements are saved here, in a folder per organization and account. Leave empty for the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates, numbers and amounts follow the language. A change takes effect the next time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::Profile</name>
    <message>
        <source>Enter the API base URL, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL must not contain a query (?) or fragment (#).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL must use https. Plain http is only allowed for this computer (127.0.0.1, localhost or [::1]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the organization id (shown in the m3ter Console).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization id does not look like an m3ter id (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access key id (client id) of the m3ter service user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key id must not contain a colon (:).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::ProfileStore</name>
    <message>
        <source>The profile no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile with this id already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile settings could not be saved: the settings file is not writable (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile settings could not be saved: the settings file is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::ProxySettings</name>
    <message>
        <source>Enter the proxy&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter only the proxy&apos;s host name, without http:// or a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::RequestArguments</name>
    <message>
        <source>No item was selected for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items were selected for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 items can be sent in one request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty ID cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::StatementBatchSubmitter</name>
    <message>
        <source>The statement jobs could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be confirmed whether the statement job was created, so it was not submitted again (to avoid a duplicate): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The statement job could not be created after %n attempt(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>m3ter::StatementDownload</name>
    <message>
        <source>Download cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose another target folder, then retry the download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Choose another target folder, then retry the download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 statement exists for this bill yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not get a download link for the %1 statement: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the disk is full or not writable (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: the disk is full or not writable (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download host refused the %1 statement (HTTP %2), also with a fresh link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download host answered HTTP %1 for the %2 statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download host answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not download the %1 statement: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::StatementEntry</name>
    <message>
        <source>Submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::StatementJobModel</name>
    <message>
        <source>Downloading %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File(s) / error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::StatementPanel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>Statement viewer title: account code · bill date · bill id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected statement jobs (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel every statement job that has not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the statement here: JSON as a tree, CSV as a table (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the JSON statement in its default application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the CSV statement in its default application, e.g. a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the statement file in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download failed statements again, into the statements folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the selected failed or cancelled statements again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statements yet. Select bills and choose Generate statements (Ctrl+G); they are saved under %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer there. It may have been moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application is set up to open %1. Use View to see it here, or Show in folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <extracomment>Progress bar of the statements panel: finished of all in this run.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln in progress</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln downloaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open the statements folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::StatementQueue</name>
    <message>
        <source>Checking the statement jobs failed, trying again shortly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement job %1 no longer exists on the server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m3ter could not generate the statement (job %1 FAILED). Try again later, or give the job id to m3ter support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement job was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement job could not be cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement queue is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the saved statement queue %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::StatementQueueSaver</name>
    <message>
        <source>Could not save the statement queue to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::StatementQueueSnapshot</name>
    <message>
        <source>The saved statement queue is damaged or from an unknown version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::StatementViewer</name>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in default app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a field or value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was saved in this format for this statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer there. It may have been moved or deleted; download the statement again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to show here. Open it in its default application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>m3ter::TableStateOverlay</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the request that failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
