<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BillColumnMenus</name>
    <message>
        <source>%1 (ascending)</source>
        <translation>%1 (croissant)</translation>
    </message>
    <message>
        <source>%1 (descending)</source>
        <extracomment>Sort by menu: the column the bills are sorted by, Z to A / 9 to 1.</extracomment>
        <translation>%1 (décroissant)</translation>
    </message>
</context>
<context>
    <name>BillTableExport</name>
    <message>
        <source>Bill id</source>
        <extracomment>CSV export headers: bill ID, account ID, and the bill total with every decimal.</extracomment>
        <translation>ID de facture</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>ID du compte</translation>
    </message>
    <message>
        <source>Total (exact)</source>
        <translation>Total (exact)</translation>
    </message>
</context>
<context>
    <name>m3ter::Account</name>
    <message>
        <source>expected a string or a number</source>
        <translation>une chaîne ou un nombre est attendu</translation>
    </message>
</context>
<context>
    <name>m3ter::ApiConnection</name>
    <message>
        <source>The API address &quot;%1&quot; is not a valid URL.</source>
        <translation>L&apos;adresse de l&apos;API «&#xa0;%1&#xa0;» n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The API address must not contain a user name, query or fragment.</source>
        <translation>L&apos;adresse de l&apos;API ne doit contenir ni nom d&apos;utilisateur, ni requête, ni fragment.</translation>
    </message>
    <message>
        <source>The API address must use https:// (plain http:// is only allowed for 127.0.0.1, localhost and [::1]).</source>
        <translation>L&apos;adresse de l&apos;API doit utiliser https:// (http:// simple n&apos;est autorisé que pour 127.0.0.1, localhost et [::1]).</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>L&apos;adresse de l&apos;API doit commencer par https://.</translation>
    </message>
    <message>
        <source>The organization ID is missing.</source>
        <translation>L&apos;ID d&apos;organisation est manquant.</translation>
    </message>
    <message>
        <source>The access key ID is missing.</source>
        <translation>L&apos;ID de clé d&apos;accès est manquant.</translation>
    </message>
    <message>
        <source>The API secret is missing.</source>
        <translation>Le secret d&apos;API est manquant.</translation>
    </message>
</context>
<context>
    <name>m3ter::ApiError</name>
    <message>
        <source>%1
The server said: %2</source>
        <translation>%1
Réponse du serveur&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly. Please try again.</source>
        <translation>Le serveur a fermé la connexion de manière inattendue. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The server redirected the request to another address. It was stopped so that your credentials are not sent elsewhere.</source>
        <translation>Le serveur a redirigé la requête vers une autre adresse. Elle a été interrompue afin que vos identifiants ne soient pas envoyés ailleurs.</translation>
    </message>
    <message>
        <source>The network proxy could not be used. Check the system proxy settings.</source>
        <translation>Le proxy réseau n&apos;a pas pu être utilisé. Vérifiez les paramètres de proxy du système.</translation>
    </message>
    <message>
        <source>The network connection was lost. Please check your connection and try again.</source>
        <translation>La connexion réseau a été perdue. Veuillez vérifier votre connexion et réessayer.</translation>
    </message>
    <message>
        <source>A network error prevented the request from completing. Please try again.</source>
        <translation>Une erreur réseau a empêché la requête d&apos;aboutir. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The server rejected the request as invalid (HTTP 400).</source>
        <translation>Le serveur a rejeté la requête comme non valide (HTTP 400).</translation>
    </message>
    <message>
        <source>The requested item was not found (HTTP 404). It may have been deleted.</source>
        <translation>L&apos;élément demandé est introuvable (HTTP 404). Il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>The server timed out waiting for the request (HTTP 408). Please try again.</source>
        <translation>Le délai d&apos;attente de la requête a expiré côté serveur (HTTP 408). Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The item was changed by someone else (HTTP 409). Reload and try again.</source>
        <translation>L&apos;élément a été modifié par quelqu&apos;un d&apos;autre (HTTP 409). Rechargez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s response would be too large (HTTP 413). Narrow the filter.</source>
        <translation>La réponse du serveur serait trop volumineuse (HTTP 413). Affinez le filtre.</translation>
    </message>
    <message>
        <source>Too many requests were sent to m3ter (HTTP 429). Wait a moment and try again.</source>
        <translation>Trop de requêtes ont été envoyées à m3ter (HTTP 429). Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>The m3ter service had a problem (HTTP %1). Please try again later.</source>
        <translation>Le service m3ter a rencontré un problème (HTTP %1). Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation>Le serveur a renvoyé un statut inattendu (HTTP %1).</translation>
    </message>
    <message>
        <source>The server did not respond in time. Please try again.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The server&apos;s response could not be read.</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The server&apos;s response could not be read: the field &quot;%1&quot; is missing or malformed.</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue&#xa0;: le champ «&#xa0;%1&#xa0;» est manquant ou mal formé.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established (TLS or certificate error).</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec le serveur (erreur TLS ou de certificat).</translation>
    </message>
    <message>
        <source>The connection settings are incomplete.</source>
        <translation>Les paramètres de connexion sont incomplets.</translation>
    </message>
    <message>
        <source>The server could not be found. Check the API address of this connection and your internet connection.</source>
        <translation>Le serveur est introuvable. Vérifiez l’adresse de l’API de cette connexion et votre connexion Internet.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the API address of this connection.</source>
        <translation>Le serveur a refusé la connexion. Vérifiez l’adresse de l’API de cette connexion.</translation>
    </message>
    <message>
        <source>Access was denied (HTTP 403). The API key may lack permission, or the organization ID of this connection may be wrong.</source>
        <translation>Accès refusé (HTTP 403). La clé d’API n’a peut-être pas l’autorisation, ou l’ID d’organisation de cette connexion est erroné.</translation>
    </message>
    <message>
        <source>The access key ID or API secret was not accepted (HTTP 401). Check the credentials of this connection.</source>
        <translation>L’ID de clé d’accès ou le secret d’API n’a pas été accepté (HTTP 401). Vérifiez les identifiants de cette connexion.</translation>
    </message>
</context>
<context>
    <name>m3ter::AppController</name>
    <message>
        <source>The demo sandbox could not start on 127.0.0.1.</source>
        <translation>Le bac à sable de démo n&apos;a pas pu démarrer sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>That connection no longer exists.</source>
        <translation>Cette connexion n&apos;existe plus.</translation>
    </message>
    <message>
        <source>No API secret is saved for “%1” on this computer. Enter it to connect.</source>
        <translation>Aucun secret d&apos;API n&apos;est enregistré pour «&#xa0;%1&#xa0;» sur cet ordinateur. Saisissez-le pour vous connecter.</translation>
    </message>
    <message>
        <source>Demo sandbox</source>
        <extracomment>Name of the built-in demo connection (generated bills on a local test server).
----------
Connection menu: the built-in demo connection (generated bills on a local test server).</extracomment>
        <translation>Bac à sable de démo</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Welcome to m3ter Bills. Add a connection to your m3ter organization, or try the app first with the built-in demo data.</source>
        <translation>Bienvenue dans m3ter Bills. Ajoutez une connexion à votre organisation m3ter, ou essayez d&apos;abord l&apos;application avec les données de démo intégrées.</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (production)</translation>
    </message>
    <message>
        <source>Organization %1 at %2</source>
        <translation>Organisation %1 sur %2</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>&amp;Nouvelle connexion…</translation>
    </message>
    <message>
        <source>&amp;Edit current connection…</source>
        <translation>&amp;Modifier la connexion actuelle…</translation>
    </message>
    <message>
        <source>&amp;Remove connection</source>
        <translation>&amp;Supprimer une connexion</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>The connection could not be removed: %1</source>
        <translation>La connexion n&apos;a pas pu être supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Aucune connexion</translation>
    </message>
    <message>
        <source>No connection was set up, so m3ter Bills closes now.</source>
        <translation>Aucune connexion n’a été configurée ; m3ter Bills se ferme donc maintenant.</translation>
    </message>
    <message>
        <source>Start m3ter Bills again to add a connection to your m3ter organization or to try the demo with generated bills.</source>
        <translation>Relancez m3ter Bills pour ajouter une connexion à votre organisation m3ter ou pour essayer la démo avec des factures générées.</translation>
    </message>
    <message>
        <source>Remove the connection “%1”, its saved API secret and the bills stored for it from this computer?</source>
        <translation>Supprimer la connexion «&#xa0;%1&#xa0;», son secret d’API enregistré et les factures enregistrées pour elle de cet ordinateur&#x202f;?</translation>
    </message>
    <message>
        <source>The bills stored for “%1” could not be removed from %2.</source>
        <translation>Les factures enregistrées pour «&#xa0;%1&#xa0;» n’ont pas pu être supprimées de %2.</translation>
    </message>
</context>
<context>
    <name>m3ter::AppOptions</name>
    <message>
        <source>Browse m3ter bills and download bill statements.

The client secret is read from the system keychain or, for automation, from the environment variable %1. It is never accepted on the command line, where other users of this computer could see it.</source>
        <translation>Parcourez les factures m3ter et téléchargez les relevés de facture.

Le secret d&apos;API est lu dans le trousseau du système ou, pour l&apos;automatisation, dans la variable d&apos;environnement %1. Il n&apos;est jamais accepté sur la ligne de commande, où d&apos;autres utilisateurs de cet ordinateur pourraient le voir.</translation>
    </message>
    <message>
        <source>Run against the built-in sandbox with generated data; no m3ter account needed.</source>
        <translation>Utiliser le bac à sable intégré avec des données générées&#x202f;; aucun compte m3ter n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Use the saved profile with this name or id.</source>
        <translation>Utiliser le profil enregistré portant ce nom ou cet ID.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Override the API base URL (https; plain http only for this computer).</source>
        <translation>Remplacer l&apos;URL de base de l&apos;API (https&#x202f;; http simple uniquement pour cet ordinateur).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Override the m3ter organization id.</source>
        <translation>Remplacer l&apos;ID d&apos;organisation m3ter.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Override the access key id (client id); give its secret in %1.</source>
        <translation>Remplacer l&apos;ID de clé d&apos;accès (client ID)&#x202f;; indiquez son secret dans %1.</translation>
    </message>
    <message>
        <source>Log diagnostics (logging categories m3ter.*).</source>
        <translation>Journaliser les diagnostics (catégories de journalisation m3ter.*).</translation>
    </message>
    <message>
        <source>Check the installation, print the result and exit.</source>
        <translation>Vérifier l&apos;installation, afficher le résultat et quitter.</translation>
    </message>
    <message>
        <source>Secrets are not accepted on the command line, where other users of this computer can read them. Set the environment variable %1 instead.</source>
        <translation>Les secrets ne sont pas acceptés sur la ligne de commande, où d&apos;autres utilisateurs de cet ordinateur peuvent les lire. Définissez plutôt la variable d&apos;environnement %1.</translation>
    </message>
    <message>
        <source>--profile needs a profile name.</source>
        <translation>--profile nécessite un nom de profil.</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url&#xa0;: %1</translation>
    </message>
    <message>
        <source>--org-id needs an organization id.</source>
        <translation>--org-id nécessite un ID d&apos;organisation.</translation>
    </message>
    <message>
        <source>--client-id needs an access key id.</source>
        <translation>--client-id nécessite un ID de clé d&apos;accès.</translation>
    </message>
    <message>
        <source>--demo cannot be combined with --profile, --base-url, --org-id or --client-id.</source>
        <translation>--demo ne peut pas être combiné avec --profile, --base-url, --org-id ou --client-id.</translation>
    </message>
    <message>
        <source>More than one profile is named &quot;%1&quot;; use its id instead.</source>
        <translation>Plusieurs profils s&apos;appellent «&#xa0;%1&#xa0;»&#x202f;; utilisez plutôt son ID.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Aucun profil ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>Profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The saved secret of profile &quot;%1&quot; belongs to another access key and is not used; set %2 to give the secret for --client-id.</source>
        <translation>Le secret enregistré du profil «&#xa0;%1&#xa0;» appartient à une autre clé d&apos;accès et n&apos;est pas utilisé&#x202f;; définissez %2 pour indiquer le secret correspondant à --client-id.</translation>
    </message>
    <message>
        <source>Unknown option on the command line (not shown: it might be a secret). See --help for the options.</source>
        <translation>Option inconnue sur la ligne de commande (non affichée : ce pourrait être un secret). Voir --help pour les options.</translation>
    </message>
    <message>
        <source>Unexpected argument on the command line (not shown: it might be a secret). Every argument is an option starting with --; see --help.</source>
        <translation>Argument inattendu sur la ligne de commande (non affiché : ce pourrait être un secret). Chaque argument est une option commençant par -- ; voir --help.</translation>
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
        <translation>par %1 le %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>Select a bill to see its line items and totals.</source>
        <extracomment>Detail pane with no bill selected; line items: the individual charges of a bill.</extracomment>
        <translation>Sélectionnez une facture pour afficher ses lignes de facture et ses totaux.</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Button: load the bill again after an error.</extracomment>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Retry loading the bill</source>
        <translation>Réessayer de charger la facture</translation>
    </message>
    <message>
        <source>Copy the bill&apos;s ID to the clipboard</source>
        <translation>Copier l&apos;ID de la facture dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy the whole bill, as the server sent it, as indented JSON</source>
        <translation>Copier la facture entière, telle qu&apos;envoyée par le serveur, en JSON indenté</translation>
    </message>
    <message>
        <source>Save the line items as a CSV file (UTF-8)</source>
        <translation>Enregistrer les lignes de facture dans un fichier CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Save the line items as a CSV file with a byte-order mark, which Excel needs to read accents and currency symbols correctly</source>
        <translation>Enregistrer les lignes de facture dans un fichier CSV avec indicateur d&apos;ordre des octets (BOM), nécessaire à Excel pour lire correctement les accents et les symboles monétaires</translation>
    </message>
    <message>
        <source>Generate a statement for this bill and save it</source>
        <translation>Générer un relevé pour cette facture et l&apos;enregistrer</translation>
    </message>
    <message>
        <source>Total mismatch warning</source>
        <translation>Avertissement d&apos;écart de total</translation>
    </message>
    <message>
        <source>Account:</source>
        <extracomment>Bill header: the customer account the bill is for.</extracomment>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Billing period:</source>
        <extracomment>Bill header: the service period the bill covers (start to end).</extracomment>
        <translation>Période de facturation&#xa0;:</translation>
    </message>
    <message>
        <source>Bill date:</source>
        <extracomment>Bill header: the date the bill was issued.</extracomment>
        <translation>Date de facture&#xa0;:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <extracomment>Bill header: the date by which the bill must be paid.</extracomment>
        <translation>Date d&apos;échéance&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <extracomment>Bill header: bill status (pending, approved) and whether it is locked.</extracomment>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Bill total:</source>
        <extracomment>Bill header: the total of the bill as the server reports it.</extracomment>
        <translation>Total de la facture&#xa0;:</translation>
    </message>
    <message>
        <source>Timezone:</source>
        <translation>Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Last calculated:</source>
        <extracomment>Bill header: when m3ter last calculated the bill.</extracomment>
        <translation>Dernier calcul&#xa0;:</translation>
    </message>
    <message>
        <source>Invoice number:</source>
        <extracomment>Bill header: the sequential invoice number.</extracomment>
        <translation>N° de facture&#xa0;:</translation>
    </message>
    <message>
        <source>External invoice:</source>
        <extracomment>Bill header: reference and date of the invoice in an external accounting system.</extracomment>
        <translation>Facture externe&#xa0;:</translation>
    </message>
    <message>
        <source>PO number:</source>
        <extracomment>Bill header: the customer&apos;s purchase order number.</extracomment>
        <translation>N° de bon de commande&#xa0;:</translation>
    </message>
    <message>
        <source>Locked:</source>
        <extracomment>Bill header: whether the bill is locked (final, can no longer change), by whom, when.</extracomment>
        <translation>Verrouillée&#xa0;:</translation>
    </message>
    <message>
        <source>Approved:</source>
        <extracomment>Bill header: who approved the bill and when.</extracomment>
        <translation>Approuvée&#xa0;:</translation>
    </message>
    <message>
        <source>Bill ID:</source>
        <extracomment>Bill header: the unique ID (UUID) of the bill.</extracomment>
        <translation>ID de facture&#xa0;:</translation>
    </message>
    <message>
        <source>Line items</source>
        <extracomment>Accessible name of the tree of line items (the charges of the bill) and their pricing bands.</extracomment>
        <translation>Lignes de facture</translation>
    </message>
    <message>
        <source>Totals by line-item type</source>
        <extracomment>Group title: subtotals per kind of charge (usage, standing charge, ...).</extracomment>
        <translation>Totaux par type de ligne de facture</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Currency conversions</source>
        <extracomment>Group title: exchange rates used to convert line items into the bill currency.</extracomment>
        <translation>Conversions de devises</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Loading the bill…</source>
        <translation>Chargement de la facture…</translation>
    </message>
    <message>
        <source>The bill could not be loaded.</source>
        <translation>La facture n&apos;a pas pu être chargée.</translation>
    </message>
    <message numerus="yes">
        <source>%n line item(s)</source>
        <translation>
            <numerusform>%n ligne de facture</numerusform>
            <numerusform>%n lignes de facture</numerusform>
        </translation>
    </message>
    <message>
        <source>Account ID: %1</source>
        <translation>ID du compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>Status field of a bill that is locked (final, can no longer change).</extracomment>
        <translation>Verrouillée</translation>
    </message>
    <message>
        <source>The server did not send a bill total.</source>
        <translation>Le serveur n&apos;a pas envoyé de total de facture.</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Locked field: yes, the bill is locked; &quot;Yes, %1&quot; adds who locked it and when.</extracomment>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation>Oui, %1</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>Locked field: the bill is not locked.</extracomment>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Sum of line items</source>
        <extracomment>Totals table: the sum of all line items (charges), to compare with the bill total.</extracomment>
        <translation>Somme des lignes de facture</translation>
    </message>
    <message>
        <source>Bill total</source>
        <extracomment>Totals table: the total the server reports for the bill.</extracomment>
        <translation>Total de la facture</translation>
    </message>
    <message>
        <source>The line items are not all in the bill&apos;s currency, so they cannot be checked against the bill total.</source>
        <translation>Les lignes de facture ne sont pas toutes dans la devise de la facture&#x202f;; elles ne peuvent donc pas être comparées au total de la facture.</translation>
    </message>
    <message>
        <source>The server sent no bill total to check the line items against.</source>
        <translation>Le serveur n&apos;a envoyé aucun total de facture auquel comparer les lignes de facture.</translation>
    </message>
    <message>
        <source>No conversions: the bill is in the organization&apos;s currency.</source>
        <translation>Aucune conversion&#xa0;: la facture est dans la devise de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Bill ID copied to the clipboard.</source>
        <translation>ID de facture copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The bill&apos;s JSON is no longer available. Select the bill again.</source>
        <translation>Le JSON de la facture n&apos;est plus disponible. Sélectionnez à nouveau la facture.</translation>
    </message>
    <message>
        <source>The bill was copied to the clipboard as JSON.</source>
        <translation>La facture a été copiée dans le presse-papiers au format JSON.</translation>
    </message>
    <message>
        <source>Export line items</source>
        <translation>Exporter les lignes de facture</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n line item(s) to “%1”.</source>
        <translation>
            <numerusform>%n ligne de facture exportée vers «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n lignes de facture exportées vers «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <extracomment>Button: close the notice.</extracomment>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Copy bill &amp;ID</source>
        <extracomment>Bill menu and detail pane: copy the bill&apos;s unique ID (a UUID) to the clipboard.</extracomment>
        <translation>Copier l&apos;&amp;ID de facture</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Copier en &amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Export line items…</source>
        <extracomment>Line items: the individual charges of a bill (usage, standing charge, minimum spend...).</extracomment>
        <translation>&amp;Exporter les lignes de facture…</translation>
    </message>
    <message>
        <source>Export line items for E&amp;xcel…</source>
        <translation>Exporter les lignes de facture pour E&amp;xcel…</translation>
    </message>
    <message>
        <source>&amp;Generate statement…</source>
        <extracomment>Statement: a document m3ter generates from a bill (JSON or CSV) for the customer.</extracomment>
        <translation>&amp;Générer le relevé…</translation>
    </message>
    <message>
        <source>&amp;Bill&apos;s own order</source>
        <extracomment>Sort menu: the line items in the order the bill lists them.</extracomment>
        <translation>Ordre de la &amp;facture</translation>
    </message>
    <message>
        <source>%1 (ascending)</source>
        <translation>%1 (croissant)</translation>
    </message>
    <message>
        <source>%1 (descending)</source>
        <extracomment>Sort menu: the column the line items are sorted by, Z to A / 9 to 1.</extracomment>
        <translation>%1 (décroissant)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Button under &quot;Loading the bill…&quot;: stop waiting for a server that does not answer.</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop loading the bill</source>
        <translation>Arrêter le chargement de la facture</translation>
    </message>
    <message>
        <source>Loading the bill was cancelled.</source>
        <translation>Le chargement de la facture a été annulé.</translation>
    </message>
</context>
<context>
    <name>m3ter::BillFilter</name>
    <message>
        <source>%1 – %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>A billing frequency can only be used together with an exact bill date.</source>
        <translation>Une fréquence de facturation ne peut être utilisée qu&apos;avec une date de facture exacte.</translation>
    </message>
    <message>
        <source>The bill date range is empty: its start must be before its end.</source>
        <translation>La plage de dates de facture est vide&#xa0;: son début doit précéder sa fin.</translation>
    </message>
    <message>
        <source>The invoice date range is empty: its start must be before its end.</source>
        <translation>La plage de dates de facture externe est vide&#xa0;: son début doit précéder sa fin.</translation>
    </message>
    <message>
        <source>A bill id cannot contain a comma.</source>
        <translation>Un ID de facture ne peut pas contenir de virgule.</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>compte %1</translation>
    </message>
    <message>
        <source>bill date %1</source>
        <translation>date de facture %1</translation>
    </message>
    <message>
        <source>invoice date %1</source>
        <translation>date de facture externe %1</translation>
    </message>
    <message>
        <source>locked bills included</source>
        <extracomment>Filter summary part: locked bills (final, can no longer change) are listed.</extracomment>
        <translation>factures verrouillées incluses</translation>
    </message>
    <message>
        <source>locked bills excluded</source>
        <translation>factures verrouillées exclues</translation>
    </message>
    <message numerus="yes">
        <source>%n selected bill(s)</source>
        <translation>
            <numerusform>%n facture sélectionnée</numerusform>
            <numerusform>%n factures sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>bill job %1</source>
        <extracomment>Filter summary part: bill job = the m3ter run that calculated a batch of bills.</extracomment>
        <translation>tâche de facturation %1</translation>
    </message>
    <message>
        <source>“%1” is not a bill status the list can be filtered by.</source>
        <extracomment>%1 is a raw status value from old settings, e.g. &quot;DRAFT&quot;. Bill statuses: pending, approved.</extracomment>
        <translation>« %1 » n’est pas un statut de facture selon lequel la liste peut être filtrée.</translation>
    </message>
</context>
<context>
    <name>m3ter::BillFilterBar</name>
    <message>
        <source>Exact bill date</source>
        <extracomment>Bill date: the date the bill was issued, which the filters refer to.</extracomment>
        <translation>Date de facture exacte</translation>
    </message>
    <message>
        <source>Bill date from</source>
        <translation>Date de facture à partir du</translation>
    </message>
    <message>
        <source>Bill date before</source>
        <translation>Date de facture avant le</translation>
    </message>
    <message>
        <source>before</source>
        <extracomment>Between the two dates of a bill date range: &quot;from &lt;date&gt; before &lt;date&gt;&quot; (end exclusive).</extracomment>
        <translation>avant le</translation>
    </message>
    <message>
        <source>External invoice date from</source>
        <translation>Date de facture externe à partir du</translation>
    </message>
    <message>
        <source>External invoice date before</source>
        <translation>Date de facture externe avant le</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <extracomment>Button: load the bills that match the filters.</extracomment>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Filter: bill status (pending or approved).</extracomment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Locked bills</source>
        <extracomment>Filter: whether bills that are locked (final, unchangeable) are listed.</extracomment>
        <translation>Factures verrouillées</translation>
    </message>
    <message>
        <source>Bill date</source>
        <translation>Date de facture</translation>
    </message>
    <message>
        <source>Billing frequency</source>
        <extracomment>Billing frequency: how often an account is billed (daily, weekly, monthly, annually).</extracomment>
        <translation>Fréquence de facturation</translation>
    </message>
    <message>
        <source>The API accepts a billing frequency only together with an exact bill date.</source>
        <translation>L&apos;API n&apos;accepte une fréquence de facturation qu&apos;avec une date de facture exacte.</translation>
    </message>
    <message>
        <source>Bill job id</source>
        <extracomment>Bill job: the m3ter run that calculated a batch of bills.</extracomment>
        <translation>ID de tâche de facturation</translation>
    </message>
    <message>
        <source>Bill ids (paste a list)</source>
        <translation>ID de factures (collez une liste)</translation>
    </message>
    <message>
        <source>Bill ids</source>
        <translation>ID de factures</translation>
    </message>
    <message>
        <source>One or more bill ids separated by spaces, commas or new lines.</source>
        <translation>Un ou plusieurs ID de facture, séparés par des espaces, des virgules ou des retours à la ligne.</translation>
    </message>
    <message>
        <source>Load the bills that match these filters (Enter)</source>
        <translation>Charger les factures correspondant à ces filtres (Entrée)</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Account picker entry: account code — account name.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose an exact bill date to filter by frequency.</source>
        <translation>Choisissez une date de facture exacte pour filtrer par fréquence.</translation>
    </message>
    <message>
        <source>E&amp;xt. invoice from</source>
        <extracomment>Check box: filter by the external invoice date (the date of the invoice in the customer&apos;s accounting system), from this date on.</extracomment>
        <translation>Fact. e&amp;xterne à partir du</translation>
    </message>
    <message>
        <source>before</source>
        <comment>external invoice date</comment>
        <extracomment>Check box after &quot;Ext. invoice from&quot;: external invoice dates before this one.</extracomment>
        <translation>avant le</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <comment>filters</comment>
        <extracomment>Button: reset every filter to &quot;any&quot; and load all bills.</extracomment>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Only the bills of this account. Type part of an account code or name; leave empty for all accounts.</source>
        <translation>Uniquement les factures de ce compte. Saisissez une partie du code ou du nom du compte&#x202f;; laissez vide pour tous les comptes.</translation>
    </message>
    <message>
        <source>Only the bills with this status.</source>
        <translation>Uniquement les factures ayant ce statut.</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>bill status</comment>
        <extracomment>Status filter (after the label &quot;Status:&quot;): bills of any status.</extracomment>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Whether locked bills, which can no longer change, are listed.</source>
        <translation>Indique si les factures verrouillées, qui ne peuvent plus changer, sont affichées.</translation>
    </message>
    <message>
        <source>Included</source>
        <comment>locked bills</comment>
        <extracomment>After the label &quot;Locked bills:&quot;: locked bills are listed too.</extracomment>
        <translation>Incluses</translation>
    </message>
    <message>
        <source>Left out</source>
        <comment>locked bills</comment>
        <extracomment>After the label &quot;Locked bills:&quot;: locked bills are not listed.</extracomment>
        <translation>Exclues</translation>
    </message>
    <message>
        <source>Any bill date, one exact bill date, or a range of bill dates (the end date is not included).</source>
        <translation>Toute date de facture, une date de facture exacte ou une plage de dates de facture (date de fin exclue).</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>bill date</comment>
        <extracomment>After the label &quot;Bill date:&quot;: no condition on the bill date.</extracomment>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>On</source>
        <comment>bill date</comment>
        <extracomment>After the label &quot;Bill date:&quot;, before one date: bills dated exactly that day.</extracomment>
        <translation>Le</translation>
    </message>
    <message>
        <source>From</source>
        <comment>bill date</comment>
        <extracomment>After the label &quot;Bill date:&quot;, before &quot;&lt;date&gt; before &lt;date&gt;&quot;: a range of bill dates.</extracomment>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>Any</source>
        <comment>billing frequency</comment>
        <extracomment>After the label &quot;Frequency:&quot;: bills of any billing frequency.</extracomment>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Only bills whose external invoice date is on or after the date that follows.</source>
        <translation>Uniquement les factures dont la date de facture externe est égale ou postérieure à la date qui suit.</translation>
    </message>
    <message>
        <source>Only bills whose external invoice date is before the date that follows.</source>
        <translation>Uniquement les factures dont la date de facture externe est antérieure à la date qui suit.</translation>
    </message>
    <message>
        <source>Only the bills calculated by this bill job. Press Enter to apply.</source>
        <translation>Uniquement les factures calculées par cette tâche de facturation. Appuyez sur Entrée pour appliquer.</translation>
    </message>
    <message>
        <source>Reset every filter and load all bills</source>
        <translation>Réinitialiser tous les filtres et charger toutes les factures</translation>
    </message>
    <message>
        <source>Vie&amp;ws</source>
        <extracomment>Button with the menu of saved views (named sets of filters and columns).</extracomment>
        <translation>&amp;Vues</translation>
    </message>
    <message>
        <source>Save the current filters and columns under a name, or switch to a saved view.</source>
        <translation>Enregistrer les filtres et les colonnes actuels sous un nom, ou passer à une vue enregistrée.</translation>
    </message>
    <message>
        <source>Acc&amp;ount</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Sta&amp;tus:</source>
        <extracomment>Label of the bill status filter (pending, approved).</extracomment>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Loc&amp;ked bills:</source>
        <extracomment>Label of the filter for locked bills (locked: final, can no longer change).</extracomment>
        <translation>&amp;Factures verrouillées&#xa0;:</translation>
    </message>
    <message>
        <source>Bill &amp;date:</source>
        <translation>&amp;Date de facture&#xa0;:</translation>
    </message>
    <message>
        <source>Fre&amp;quency:</source>
        <extracomment>Label of the billing frequency filter (how often the account is billed).</extracomment>
        <translation>Fré&amp;quence&#xa0;:</translation>
    </message>
    <message>
        <source>Search stored bills…</source>
        <extracomment>Placeholder of the search field over the bills kept on this computer.</extracomment>
        <translation>Rechercher des factures…</translation>
    </message>
    <message>
        <source>Search stored bills</source>
        <translation>Rechercher dans les factures enregistrées</translation>
    </message>
    <message>
        <source>Shows only the bills kept on this computer whose id, invoice number, external reference, account, purchase order number, or line-item description or product starts with each word typed; combined with the filters.</source>
        <translation>N’affiche que les factures conservées sur cet ordinateur dont l’identifiant, le numéro de facture, la référence externe, le compte, le numéro de bon de commande, ou la description ou le produit d’une ligne commence par chaque mot saisi ; combiné avec les filtres.</translation>
    </message>
</context>
<context>
    <name>m3ter::BillTableModel</name>
    <message>
        <source>The statement no longer matches the bill; regenerate it.</source>
        <extracomment>Tooltip: the bill changed after its statement (document for the customer) was generated.</extracomment>
        <translation>Le relevé ne correspond plus à la facture&#x202f;; régénérez-le.</translation>
    </message>
    <message>
        <source>The API did not return a total for this bill.</source>
        <translation>L&apos;API n&apos;a renvoyé aucun total pour cette facture.</translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>Column title: a locked bill can no longer be changed or recalculated.</extracomment>
        <translation>Verrouillée</translation>
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
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <extracomment>A statement exists but no longer matches its bill.</extracomment>
        <translation>%1 (obsolète)</translation>
    </message>
    <message>
        <source>Account code</source>
        <extracomment>Column title: the short code of the customer account the bill is for.</extracomment>
        <translation>Code du compte</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Bill date</source>
        <extracomment>Column title: the date the bill was issued.</extracomment>
        <translation>Date de facture</translation>
    </message>
    <message>
        <source>Due date</source>
        <extracomment>Column title: the date by which the bill must be paid.</extracomment>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Service period</source>
        <extracomment>Column title: the period whose usage and charges the bill covers (start to end).</extracomment>
        <translation>Période de prestation</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column title: bill status (pending, approved).</extracomment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>Column title: the bill total in the bill currency.</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Frequency</source>
        <extracomment>Column title: billing frequency, how often the account is billed (monthly, annually...).</extracomment>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <extracomment>Column title: the sequential invoice number of the bill.</extracomment>
        <translation>N° de facture</translation>
    </message>
    <message>
        <source>Ext. invoice date</source>
        <extracomment>Column title: the date of the invoice in an external accounting system.</extracomment>
        <translation>Date fact. externe</translation>
    </message>
    <message>
        <source>Ext. invoice ref.</source>
        <extracomment>Column title: the reference of the invoice in an external accounting system.</extracomment>
        <translation>Réf. fact. externe</translation>
    </message>
    <message>
        <source>Statement</source>
        <extracomment>Column title: whether JSON/CSV bill statements have been generated.</extracomment>
        <translation>Relevé</translation>
    </message>
    <message>
        <source>Last calculated</source>
        <extracomment>Column title: when m3ter last calculated the bill.</extracomment>
        <translation>Dernier calcul</translation>
    </message>
    <message>
        <source>Locked</source>
        <comment>bill state</comment>
        <extracomment>Cell of the Locked column: the bill is locked (final, can no longer change).</extracomment>
        <translation>Verrouillée</translation>
    </message>
    <message>
        <source>Changed since you last looked: %1</source>
        <extracomment>Tooltip of a marked row in the bill table. %1: what changed, e.g. &quot;Total: €10.00 → €12.34&quot;.</extracomment>
        <translation>Modifié depuis votre dernière consultation : %1</translation>
    </message>
</context>
<context>
    <name>m3ter::BillTotals</name>
    <message>
        <source>The line items add up to %1, %3 less than the bill total of %2.</source>
        <extracomment>%1 sum of the line items, %2 the bill total, %3 the absolute difference.</extracomment>
        <translation>Les lignes de facture totalisent %1, soit %3 de moins que le total de la facture (%2).</translation>
    </message>
    <message>
        <source>The line items add up to %1, %3 more than the bill total of %2.</source>
        <translation>Les lignes de facture totalisent %1, soit %3 de plus que le total de la facture (%2).</translation>
    </message>
    <message>
        <source>The bill may have changed since it was calculated; check it in m3ter before sending it on.</source>
        <translation>La facture a peut-être changé depuis son calcul&#x202f;; vérifiez-la dans m3ter avant de la transmettre.</translation>
    </message>
    <message>
        <source>The line items are too large to add up exactly, so the bill total could not be checked.</source>
        <translation>Les montants des lignes de facture sont trop élevés pour être additionnés exactement&#x202f;; le total de la facture n&apos;a donc pas pu être vérifié.</translation>
    </message>
</context>
<context>
    <name>m3ter::ChangeListModel</name>
    <message>
        <source>New bill</source>
        <extracomment>Changes panel: a bill the list did not hold before.</extracomment>
        <translation>Nouvelle facture</translation>
    </message>
    <message>
        <source>Bill gone</source>
        <extracomment>Changes panel: a bill the list no longer holds.</extracomment>
        <translation>Facture disparue</translation>
    </message>
    <message>
        <source>Total changed</source>
        <translation>Montant modifié</translation>
    </message>
    <message>
        <source>Status changed</source>
        <extracomment>Changes panel: e.g. Approved → Pending after a recalculation.</extracomment>
        <translation>Statut modifié</translation>
    </message>
    <message>
        <source>Locked changed</source>
        <translation>Verrouillage modifié</translation>
    </message>
    <message>
        <source>Statement stale</source>
        <extracomment>Changes panel: the bill changed after its statement was generated.</extracomment>
        <translation>Relevé obsolète</translation>
    </message>
    <message>
        <source>Statement no longer valid</source>
        <translation>Relevé plus valable</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillée</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>Non verrouillée</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Changes panel column: what changed.</extracomment>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Bill id</source>
        <translation>ID de facture</translation>
    </message>
    <message>
        <source>Was</source>
        <extracomment>Changes panel column: the value before the change.</extracomment>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>Changes panel column: the value after the change.</extracomment>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Found</source>
        <extracomment>Changes panel column: when the refresh found the change.</extracomment>
        <translation>Constatée</translation>
    </message>
    <message>
        <source>Line item added</source>
        <extracomment>Changes panel: a bill opened again has a line item it did not have before.</extracomment>
        <translation>Ligne ajoutée</translation>
    </message>
    <message>
        <source>Line item removed</source>
        <extracomment>Changes panel: a bill opened again no longer has this line item.</extracomment>
        <translation>Ligne supprimée</translation>
    </message>
    <message>
        <source>Line item amount changed</source>
        <extracomment>Changes panel: the amount (subtotal) of one line item of the bill changed.</extracomment>
        <translation>Montant de ligne modifié</translation>
    </message>
    <message>
        <source>Line item quantity changed</source>
        <extracomment>Changes panel: the quantity (usage) billed on one line item changed.</extracomment>
        <translation>Quantité de ligne modifiée</translation>
    </message>
    <message>
        <source>Line item description changed</source>
        <translation>Description de ligne modifiée</translation>
    </message>
    <message>
        <source>Line item product changed</source>
        <extracomment>Changes panel: the product a line item bills changed.</extracomment>
        <translation>Produit de ligne modifié</translation>
    </message>
    <message>
        <source>Line item</source>
        <extracomment>Changes panel column: the line item a change is about (its description).</extracomment>
        <translation>Ligne de facture</translation>
    </message>
</context>
<context>
    <name>m3ter::ChangesPanel</name>
    <message>
        <source>Changes since you last looked</source>
        <translation>Modifications depuis votre dernière consultation</translation>
    </message>
    <message>
        <source>Mark all as reviewed</source>
        <translation>Tout marquer comme vu</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Start again from here: the next refreshes list only what changes after now</source>
        <translation>Repartir d&apos;ici : les prochaines actualisations ne montrent que ce qui change à partir de maintenant</translation>
    </message>
    <message>
        <source>Nothing changed since you last looked.</source>
        <translation>Rien n&apos;a changé depuis votre dernière consultation.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) since you last looked.</source>
        <translation>
            <numerusform>%Ln modification depuis votre dernière consultation.</numerusform>
            <numerusform>%Ln modifications depuis votre dernière consultation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>CSV export header: the change&apos;s kind as a stable word (total, status, …), the exact values before and after, and the id of the line item a change is about.</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Was (exact)</source>
        <translation>Avant (exact)</translation>
    </message>
    <message>
        <source>Now (exact)</source>
        <translation>Maintenant (exact)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Export changes</source>
        <translation>Exporter les modifications</translation>
    </message>
    <message>
        <source>CSV (UTF-8) (*.csv)</source>
        <translation>CSV (UTF-8) (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Mark bill as reviewed</source>
        <extracomment>Changes panel: the bills of the selected changes are reviewed (no longer listed).</extracomment>
        <translation>Marquer la facture comme vue</translation>
    </message>
    <message>
        <source>The selected bills leave the list until they change again</source>
        <translation>Les factures sélectionnées quittent la liste jusqu&apos;à leur prochaine modification</translation>
    </message>
    <message>
        <source>Save the changes listed (as filtered) as a CSV file</source>
        <translation>Enregistrer les modifications affichées (filtrées) dans un fichier CSV</translation>
    </message>
    <message>
        <source>All changes</source>
        <extracomment>Changes panel filter: every kind of change is listed.</extracomment>
        <translation>Toutes les modifications</translation>
    </message>
    <message>
        <source>Show:</source>
        <extracomment>Changes panel: label of the filter by kind of change.</extracomment>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>No account</source>
        <extracomment>Changes panel account filter: changes of bills that name no account.</extracomment>
        <translation>Sans compte</translation>
    </message>
    <message>
        <source>All accounts</source>
        <extracomment>Changes panel filter: the changes of every account are listed.</extracomment>
        <translation>Tous les comptes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) since you last looked, %1 shown.</source>
        <extracomment>Changes panel: how many changes there are, and how many the filters leave.</extracomment>
        <translation>
            <numerusform>%Ln modification depuis votre dernière consultation, %1 affichée(s).</numerusform>
            <numerusform>%Ln modifications depuis votre dernière consultation, %1 affichée(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Line item id</source>
        <translation>ID de ligne</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <extracomment>Changes panel: accessible name of the filter by kind of change.</extracomment>
        <translation>Type de modification</translation>
    </message>
    <message>
        <source>Account of the bill</source>
        <extracomment>Changes panel: accessible name of the filter by account.</extracomment>
        <translation>Compte de la facture</translation>
    </message>
</context>
<context>
    <name>m3ter::ConnectionDialog</name>
    <message>
        <source>This is a &amp;production organization (real customer data)</source>
        <extracomment>Production: the live m3ter organization that bills real customers (not a test one).</extracomment>
        <translation>Il s&apos;agit d&apos;une organisation de &amp;production (données clients réelles)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Modifier la connexion</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Edit the connection to m3ter</source>
        <translation>Modifier la connexion à m3ter</translation>
    </message>
    <message>
        <source>Connect to your m3ter organization</source>
        <translation>Connectez-vous à votre organisation m3ter</translation>
    </message>
    <message>
        <source>Use the access key of an m3ter service user (m3ter Console → Settings → Access → Service users). The API secret is stored in the system keychain, never in the settings.</source>
        <translation>Utilisez la clé d&apos;accès d&apos;un utilisateur de service m3ter (m3ter Console → Settings → Access → Service users). Le secret d&apos;API est stocké dans le trousseau du système, jamais dans les paramètres.</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>p. ex. Acme production</translation>
    </message>
    <message>
        <source>Access key id of the service user</source>
        <translation>ID de clé d&apos;accès de l&apos;utilisateur de service</translation>
    </message>
    <message>
        <source>Saved in the keychain — leave empty to keep</source>
        <translation>Enregistré dans le trousseau — laissez vide pour le conserver</translation>
    </message>
    <message>
        <source>API secret of the access key</source>
        <translation>Secret d&apos;API de la clé d&apos;accès</translation>
    </message>
    <message>
        <source>The main window shows a red banner while connected to a production organization.</source>
        <translation>La fenêtre principale affiche un bandeau rouge lorsque vous êtes connecté à une organisation de production.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Adresse de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organization ID:</source>
        <extracomment>The ID of the m3ter organization (the company account in m3ter), a UUID.</extracomment>
        <translation>ID d&apos;&amp;organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <extracomment>Access key: the credentials of an m3ter service user (key ID and API secret).</extracomment>
        <translation>ID de &amp;clé d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>Get an access token and read one page of bills; nothing is saved.</source>
        <translation>Obtenir un jeton d&apos;accès et lire une page de factures&#x202f;; rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Explore the app with generated bills on a sandbox that runs on this computer; no m3ter account needed.</source>
        <translation>Découvrir l&apos;application avec des factures générées, dans un bac à sable exécuté sur cet ordinateur&#x202f;; aucun compte m3ter n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>En&amp;registrer</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Conn&amp;ecter</translation>
    </message>
    <message>
        <source>Test the connection before saving to find problems early.</source>
        <translation>Testez la connexion avant de l&apos;enregistrer pour détecter les problèmes au plus tôt.</translation>
    </message>
    <message>
        <source>Enter the API secret of the access key.</source>
        <translation>Saisissez le secret d&apos;API de la clé d&apos;accès.</translation>
    </message>
    <message>
        <source>Reading the saved secret from the keychain…</source>
        <translation>Lecture du secret enregistré dans le trousseau…</translation>
    </message>
    <message>
        <source>No API secret is saved for this connection. Enter it.</source>
        <translation>Aucun secret d&apos;API n&apos;est enregistré pour cette connexion. Saisissez-le.</translation>
    </message>
    <message>
        <source>Connecting to %1 and requesting an access token…</source>
        <translation>Connexion à %1 et demande d&apos;un jeton d&apos;accès…</translation>
    </message>
    <message>
        <source>Signed in. Reading a page of bills…</source>
        <translation>Connecté. Lecture d&apos;une page de factures…</translation>
    </message>
    <message>
        <source>Saving the secret in the keychain…</source>
        <translation>Enregistrement du secret dans le trousseau…</translation>
    </message>
    <message>
        <source>The secret could not be saved in the keychain.</source>
        <translation>Le secret n&apos;a pas pu être enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>The connection could not be saved: %1</source>
        <translation>La connexion n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>Show the secret while typing (%1)</source>
        <translation>Afficher le secret pendant la saisie (%1)</translation>
    </message>
    <message>
        <source>Hidden while typed. %1 shows or hides it.</source>
        <translation>Masqué pendant la saisie. %1 l&apos;affiche ou le masque.</translation>
    </message>
    <message>
        <source>API s&amp;ecret:</source>
        <translation>&amp;Secret d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Détails du certificat</translation>
    </message>
    <message>
        <source>No secret saved — enter the API secret</source>
        <translation>Aucun secret enregistré — saisissez le secret d’API</translation>
    </message>
    <message>
        <source>Keep a copy of the bills on this computer</source>
        <translation>Conserver une copie des factures sur cet ordinateur</translation>
    </message>
    <message>
        <source>Bills show at once when the app starts, stay readable without a connection, and each refresh tells what changed. Turning it off removes the copy.</source>
        <translation>Les factures s’affichent dès le démarrage, restent lisibles sans connexion, et chaque actualisation indique ce qui a changé. Désactiver supprime la copie.</translation>
    </message>
    <message>
        <source>&amp;Forget local data…</source>
        <extracomment>Connection dialog: deletes the copy of the bills kept on this computer for the profile.</extracomment>
        <translation>Oublier les données &amp;locales…</translation>
    </message>
    <message>
        <source>Delete the bills, accounts and changes kept on this computer for this connection; m3ter is not affected.</source>
        <translation>Supprimer les factures, comptes et modifications conservés sur cet ordinateur pour cette connexion&#xa0;; m3ter n&apos;est pas concerné.</translation>
    </message>
    <message>
        <source>Delete the copy of the bills kept on this computer for “%1” (%2 in %3)?

This deletes the stored bills, the bills you opened with their line items, the account names, the list of changes since you last looked and the record of downloaded statements. The statement files themselves stay in their folder, and nothing changes in m3ter. Bills loaded from now on are kept again while “Keep a copy of the bills on this computer” is on.</source>
        <extracomment>The question before &quot;Forget local data&quot; deletes the local copy. %1: connection name, %2: its size on disk (e.g. &quot;3.2 MB&quot;), %3: the file.</extracomment>
        <translation>Supprimer la copie des factures conservée sur cet ordinateur pour «&#xa0;%1&#xa0;» (%2 dans %3)&#xa0;?

Sont supprimés&#xa0;: les factures enregistrées, les factures ouvertes avec leurs lignes, les noms des comptes, la liste des modifications depuis votre dernière consultation et la trace des relevés téléchargés. Les fichiers des relevés eux-mêmes restent dans leur dossier, et rien ne change dans m3ter. Les factures chargées ensuite sont de nouveau conservées tant que «&#xa0;Conserver une copie des factures sur cet ordinateur&#xa0;» est coché.</translation>
    </message>
    <message>
        <source>Forget local data</source>
        <extracomment>Title of the question before the local copy of the bills is deleted.</extracomment>
        <translation>Oublier les données locales</translation>
    </message>
    <message>
        <source>The bills kept on this computer for “%1” were deleted.</source>
        <translation>Les factures conservées sur cet ordinateur pour «&#xa0;%1&#xa0;» ont été supprimées.</translation>
    </message>
</context>
<context>
    <name>m3ter::ConnectionTester</name>
    <message>
        <source>The network proxy %1:%2 could not be used (%3). Check the proxy under Connection → Preferences, or the system proxy settings.</source>
        <translation>Le proxy réseau %1:%2 n&apos;a pas pu être utilisé (%3). Vérifiez le proxy dans Connexion → Préférences, ou les paramètres de proxy du système.</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Certificate subject: %1</source>
        <translation>Sujet du certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Émis par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Valide du %1 au %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>The certificate is self-signed: no certificate authority vouches for it. If your company inspects HTTPS traffic, ask IT to install its root certificate on this computer.</source>
        <translation>Le certificat est auto-signé&#xa0;: aucune autorité de certification ne s&apos;en porte garante. Si votre entreprise inspecte le trafic HTTPS, demandez au service informatique d&apos;installer son certificat racine sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Connection works. The access key was accepted and organization %1 can be read (it has no bills yet).</source>
        <translation>La connexion fonctionne. La clé d&apos;accès a été acceptée et l&apos;organisation %1 est lisible (elle n&apos;a encore aucune facture).</translation>
    </message>
    <message>
        <source>Connection works. The access key was accepted and the bills of organization %1 can be read.</source>
        <translation>La connexion fonctionne. La clé d&apos;accès a été acceptée et les factures de l&apos;organisation %1 sont lisibles.</translation>
    </message>
    <message>
        <source>Could not sign in at %1.</source>
        <translation>Impossible de se connecter à %1.</translation>
    </message>
    <message>
        <source>Signed in, but the bills of organization %1 could not be read.</source>
        <translation>Connecté, mais les factures de l&apos;organisation %1 n&apos;ont pas pu être lues.</translation>
    </message>
</context>
<context>
    <name>m3ter::CsvTableModel</name>
    <message>
        <source>Column %1</source>
        <extracomment>CSV viewer: a column without a header.</extracomment>
        <translation>Colonne %1</translation>
    </message>
</context>
<context>
    <name>m3ter::CsvWriter</name>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier.</translation>
    </message>
    <message>
        <source>The file was not opened.</source>
        <translation>Le fichier n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>Could not save “%1”.</source>
        <translation>Impossible d&apos;enregistrer «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Impossible d&apos;enregistrer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>m3ter::CurrencySumsButton</name>
    <message numerus="yes">
        <source>%Ln currencies…</source>
        <extracomment>Status bar, when no sum fits: how many per-currency sums the button&apos;s menu lists.</extracomment>
        <translation>
            <numerusform>%Ln devise…</numerusform>
            <numerusform>%Ln devises…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%Ln more…</source>
        <extracomment>Status bar, after the sums that fit: how many more currencies the button&apos;s menu lists.</extracomment>
        <translation>
            <numerusform>+%Ln autre…</numerusform>
            <numerusform>+%Ln autres…</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy %1</source>
        <extracomment>Status bar sums menu: what choosing a sum does.</extracomment>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Sums per currency</source>
        <extracomment>Status bar: the menu (and the name for screen readers) of the sums per currency.</extracomment>
        <translation>Sommes par devise</translation>
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
        <translation>Frais fixes</translation>
    </message>
    <message>
        <source>Usage</source>
        <extracomment>Line-item type: a charge for measured usage.</extracomment>
        <translation>Consommation</translation>
    </message>
    <message>
        <source>Usage Credit</source>
        <translation>Crédit de consommation</translation>
    </message>
    <message>
        <source>Minimum spend</source>
        <extracomment>Line-item type: top-up to the agreed minimum amount when usage stayed below it.</extracomment>
        <translation>Dépense minimale</translation>
    </message>
    <message>
        <source>Minimum spend adjustment</source>
        <translation>Ajustement de dépense minimale</translation>
    </message>
    <message>
        <source>Counter running total charge</source>
        <translation>Frais de total cumulé du compteur</translation>
    </message>
    <message>
        <source>Counter adjustment debit</source>
        <translation>Débit d&apos;ajustement de compteur</translation>
    </message>
    <message>
        <source>Counter adjustment credit</source>
        <translation>Crédit d&apos;ajustement de compteur</translation>
    </message>
    <message>
        <source>Credit deduction</source>
        <translation>Déduction de crédit</translation>
    </message>
    <message>
        <source>Manual adjustment</source>
        <translation>Ajustement manuel</translation>
    </message>
    <message>
        <source>Credit memo</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Debit memo</source>
        <translation>Note de débit</translation>
    </message>
    <message>
        <source>Prepayment consumed</source>
        <extracomment>Line-item type: part of a prepaid commitment used up by this bill.</extracomment>
        <translation>Prépaiement consommé</translation>
    </message>
    <message>
        <source>Prepayment fee</source>
        <translation>Frais de prépaiement</translation>
    </message>
    <message>
        <source>Overage surcharge</source>
        <translation>Supplément de dépassement</translation>
    </message>
    <message>
        <source>Overage usage</source>
        <translation>Consommation en dépassement</translation>
    </message>
    <message>
        <source>Balance consumed</source>
        <extracomment>Line-item type: part of the account&apos;s credit balance used up by this bill.</extracomment>
        <translation>Solde consommé</translation>
    </message>
    <message>
        <source>Balance fee</source>
        <translation>Frais de solde</translation>
    </message>
    <message>
        <source>Ad-hoc</source>
        <extracomment>Line-item type: a one-off charge added by hand.</extracomment>
        <translation>Ponctuel</translation>
    </message>
    <message>
        <source>Daily</source>
        <extracomment>Billing frequency: how often the account is billed.</extracomment>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <source>Annually</source>
        <translation>Annuelle</translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <extracomment>Billing frequency: billed on demand rather than on a schedule.</extracomment>
        <translation>Ponctuelle</translation>
    </message>
    <message>
        <source>Mixed</source>
        <extracomment>Billing frequency of a bill that combines charges billed at different frequencies.</extracomment>
        <translation>Mixte</translation>
    </message>
    <message>
        <source>Approved</source>
        <extracomment>Bill status: the bill was approved for sending to the customer.</extracomment>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>Statement job status: the server is generating the statement.</extracomment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Up to date</source>
        <extracomment>Statement file status: the statement matches its bill.</extracomment>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Out of date</source>
        <extracomment>Statement file status (stale): the bill changed after the statement was generated.</extracomment>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Invalidated</source>
        <extracomment>Statement file status: the statement is no longer valid and must not be used.</extracomment>
        <translation>Invalidé</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>Automatic statement generation: switched off.</extracomment>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>JSON and CSV</source>
        <translation>JSON et CSV</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>bill status</comment>
        <extracomment>Bill status: the bill is not approved yet and may still change.</extracomment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>statement job status</comment>
        <extracomment>Statement job status: queued on the server, not started yet.</extracomment>
        <translation>En attente</translation>
    </message>
</context>
<context>
    <name>m3ter::FileActions</name>
    <message>
        <source>Open statement</source>
        <translation>Ouvrir le relevé</translation>
    </message>
    <message>
        <source>%1 is no longer there. It may have been moved or deleted.</source>
        <translation>%1 n&apos;existe plus à cet emplacement. Il a peut-être été déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>No application is set up to open %1. Use View to see it here, or Show in folder.</source>
        <translation>Aucune application n&apos;est configurée pour ouvrir %1. Utilisez «&#xa0;Visualiser&#xa0;» pour l&apos;afficher ici, ou «&#xa0;Afficher dans le dossier&#xa0;».</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 n&apos;a pas pu être ouvert.</translation>
    </message>
</context>
<context>
    <name>m3ter::GenerateStatementsDialog</name>
    <message>
        <source>Also generate &amp;CSV statements</source>
        <extracomment>Statements: documents m3ter generates from bills; JSON is always made, CSV optionally.</extracomment>
        <translation>Générer aussi les relevés &amp;CSV</translation>
    </message>
    <message>
        <source>Generate statements</source>
        <translation>Générer des relevés</translation>
    </message>
    <message numerus="yes">
        <source>Generate statements for %Ln bill(s)?</source>
        <translation>
            <numerusform>Générer le relevé de %Ln facture&#x202f;?</numerusform>
            <numerusform>Générer les relevés de %Ln factures&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>A JSON statement is generated for each bill and saved under
%1
in a folder per account, named by bill date and bill ID.</source>
        <extracomment>%1: the statements folder.</extracomment>
        <translation>Un relevé JSON est généré pour chaque facture et enregistré sous
%1
dans un dossier par compte, nommé d&apos;après la date et l&apos;ID de la facture.</translation>
    </message>
    <message>
        <source>CSV statements open in a spreadsheet; JSON is always generated.</source>
        <translation>Les relevés CSV s&apos;ouvrent dans un tableur&#x202f;; le JSON est toujours généré.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of these bills already have a statement, which will be replaced. To save the existing statements without regenerating them, use Download existing statements instead.</source>
        <translation>
            <numerusform>%Ln de ces factures a déjà un relevé, qui sera remplacé. Pour enregistrer les relevés existants sans les régénérer, utilisez plutôt «&#xa0;Télécharger les relevés existants&#xa0;».</numerusform>
            <numerusform>%Ln de ces factures ont déjà un relevé&#x202f;; ces relevés seront remplacés. Pour enregistrer les relevés existants sans les régénérer, utilisez plutôt «&#xa0;Télécharger les relevés existants&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <extracomment>Button: create the statements on the server and download them.</extracomment>
        <translation>&amp;Générer</translation>
    </message>
</context>
<context>
    <name>m3ter::GetStatementUrlRequest</name>
    <message>
        <source>expected an http(s) URL</source>
        <translation>une URL http(s) est attendue</translation>
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
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notification</translation>
    </message>
</context>
<context>
    <name>m3ter::JsonParse</name>
    <message>
        <source>The server sent an empty reply.</source>
        <translation>Le serveur a envoyé une réponse vide.</translation>
    </message>
    <message>
        <source>The server reply is not valid JSON: %1 (at byte %2).</source>
        <translation>La réponse du serveur n&apos;est pas du JSON valide&#xa0;: %1 (à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>un objet est attendu</translation>
    </message>
    <message>
        <source>The server reply is not a JSON object.</source>
        <translation>La réponse du serveur n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The server reply is not a JSON array.</source>
        <translation>La réponse du serveur n&apos;est pas un tableau JSON.</translation>
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
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>une chaîne est attendue, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true ou false est attendu, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>un nombre entier est attendu, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>un nombre est attendu, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>un objet est attendu, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>un tableau est attendu, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD), got %1</source>
        <translation>une date (AAAA-MM-JJ) est attendue, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a date and time (ISO 8601), got %1</source>
        <translation>une date et une heure (ISO 8601) sont attendues, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected an absolute URL, got %1</source>
        <translation>une URL absolue est attendue, reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>“%1” is not a date and time (ISO 8601)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et heure (ISO 8601)</translation>
    </message>
    <message>
        <source>expected a whole number that fits 64 bits</source>
        <translation>un nombre entier tenant sur 64 bits est attendu</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>nombre hors limites</translation>
    </message>
    <message>
        <source>number %1 is too large for an exact amount</source>
        <translation>le nombre %1 est trop grand pour un montant exact</translation>
    </message>
    <message>
        <source>not a valid absolute URL</source>
        <translation>URL absolue non valide</translation>
    </message>
</context>
<context>
    <name>m3ter::JsonTreeModel</name>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <extracomment>%1: the parser&apos;s reason, %2: byte offset in the file.</extracomment>
        <translation>Le fichier n&apos;est pas du JSON valide&#xa0;: %1 (à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Oui/non</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <extracomment>JSON viewer: an object&apos;s summary, e.g. &quot;{5 fields}&quot;.</extracomment>
        <translation>
            <numerusform>{%n champ}</numerusform>
            <numerusform>{%n champs}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <extracomment>JSON viewer: an array&apos;s summary, e.g. &quot;[3 items]&quot;.</extracomment>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>The file is too large to show.</source>
        <translation>Le fichier est trop volumineux pour être affiché.</translation>
    </message>
</context>
<context>
    <name>m3ter::KeychainCredentialStore</name>
    <message>
        <source>The system keychain is not available, so the client secret is kept only until you quit. To keep it, set up a keychain (for example GNOME Keyring or KWallet) and enter the secret again.</source>
        <translation>Le trousseau du système n&apos;est pas disponible&#xa0;: le secret d&apos;API n&apos;est donc conservé que jusqu&apos;à la fermeture de l&apos;application. Pour le conserver, configurez un trousseau (par exemple GNOME Keyring ou KWallet) et saisissez à nouveau le secret.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so the client secret could not be used. Try again and allow access.</source>
        <translation>L&apos;accès au trousseau du système a été refusé&#xa0;: le secret d&apos;API n&apos;a donc pas pu être utilisé. Réessayez et autorisez l&apos;accès.</translation>
    </message>
    <message>
        <source>The client secret could not be removed from the system keychain: %1</source>
        <translation>Le secret d&apos;API n&apos;a pas pu être supprimé du trousseau du système&#xa0;: %1</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Le trousseau du système a signalé une erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>m3ter::LanguageSetting</name>
    <message>
        <source>System language</source>
        <extracomment>Language choice in Preferences: use the operating system&apos;s language</extracomment>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>m3ter::LineItemCsv</name>
    <message>
        <source>Bill ID</source>
        <translation>ID de facture</translation>
    </message>
    <message>
        <source>Account code</source>
        <translation>Code du compte</translation>
    </message>
    <message>
        <source>Line item ID</source>
        <extracomment>CSV header: the unique ID of a line item (one charge of the bill).</extracomment>
        <translation>ID de ligne de facture</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Code produit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Type code</source>
        <translation>Code du type</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Nombre d&apos;unités</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Average unit price</source>
        <translation>Prix unitaire moyen</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <source>Converted subtotal</source>
        <translation>Sous-total converti</translation>
    </message>
    <message>
        <source>Service period start (UTC)</source>
        <extracomment>CSV header: first day of the period the charge covers.</extracomment>
        <translation>Début de la période de prestation (UTC)</translation>
    </message>
    <message>
        <source>Service period end (UTC, exclusive)</source>
        <extracomment>CSV header: the day after the last day of the period the charge covers.</extracomment>
        <translation>Fin de la période de prestation (UTC, exclue)</translation>
    </message>
    <message>
        <source>%1 line items</source>
        <extracomment>File name of a line-item export: %1 account code, %2 period start date.</extracomment>
        <translation>%1 lignes de facture</translation>
    </message>
    <message>
        <source>%1 %2 line items</source>
        <translation>%1 %2 lignes de facture</translation>
    </message>
</context>
<context>
    <name>m3ter::LineItemTreeModel</name>
    <message>
        <source>Description</source>
        <extracomment>Line-item column: description of the charge (line item: one charge of a bill).</extracomment>
        <translation>Description</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Line-item column: the kind of charge (usage, standing charge, minimum spend...).</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Units</source>
        <extracomment>Line-item column: the billed number of units (after pricing rules), not the unit name.</extracomment>
        <translation>Nb d&apos;unités</translation>
    </message>
    <message>
        <source>Unit</source>
        <extracomment>Line-item column: the name of the unit the quantity is measured in (e.g. GB, API call).</extracomment>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Avg. unit price</source>
        <extracomment>Line-item column: average price per unit across the pricing bands.</extracomment>
        <translation>Prix unit. moyen</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <extracomment>Line-item column: the currency conversion rate applied to the subtotal.</extracomment>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <source>Converted subtotal</source>
        <extracomment>Line-item column: the subtotal after currency conversion, in the bill currency.</extracomment>
        <translation>Sous-total converti</translation>
    </message>
    <message>
        <source>Service period</source>
        <extracomment>Line-item column: the period the charge covers.</extracomment>
        <translation>Période de prestation</translation>
    </message>
    <message>
        <source>Average price per unit across all pricing bands; for a band, the band&apos;s unit price.</source>
        <translation>Prix moyen par unité sur l&apos;ensemble des tranches tarifaires&#x202f;; pour une tranche, le prix unitaire de la tranche.</translation>
    </message>
    <message>
        <source>In the line item&apos;s currency, before conversion.</source>
        <translation>Dans la devise de la ligne de facture, avant conversion.</translation>
    </message>
    <message>
        <source>After applying the conversion rate.</source>
        <translation>Après application du taux de conversion.</translation>
    </message>
    <message>
        <source>The end date is exclusive.</source>
        <translation>La date de fin est exclue.</translation>
    </message>
    <message>
        <source>Product code: %1</source>
        <translation>Code produit&#xa0;: %1</translation>
    </message>
    <message>
        <source>A line-item type this version does not know: %1</source>
        <translation>Type de ligne de facture inconnu de cette version&#xa0;: %1</translation>
    </message>
    <message>
        <source>From %1 up to, but not including, %2</source>
        <translation>Du %1 jusqu&apos;au %2 exclu</translation>
    </message>
    <message>
        <source>Band %1 · from %2</source>
        <extracomment>Pricing band: one tier of tiered pricing (e.g. units 0-1000 at one price). %1: band number, %2: first unit of the band.</extracomment>
        <translation>Tranche %1 · à partir de %2</translation>
    </message>
    <message>
        <source>Band %1</source>
        <extracomment>Pricing band (tier of tiered pricing) number %1.</extracomment>
        <translation>Tranche %1</translation>
    </message>
    <message>
        <source>%1 · fixed price %2</source>
        <extracomment>Pricing band with a fixed price for the whole band instead of a price per unit.</extracomment>
        <translation>%1 · prix fixe %2</translation>
    </message>
</context>
<context>
    <name>m3ter::MainWindow</name>
    <message>
        <source>Loading all matching bills… %L1 loaded so far.</source>
        <translation>Chargement de toutes les factures correspondantes… Déjà chargées&#xa0;: %L1.</translation>
    </message>
    <message>
        <source>Loading all bills stopped: %1</source>
        <translation>Chargement de toutes les factures interrompu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The statement queue could not be restored: %1</source>
        <translation>La file d&apos;attente des relevés n&apos;a pas pu être restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <extracomment>Menu and toolbar: load the bills from the server again.</extracomment>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload the bills from the server (F5)</source>
        <translation>Recharger les factures depuis le serveur (F5)</translation>
    </message>
    <message>
        <source>Load &amp;all matching bills</source>
        <extracomment>Menu and toolbar: fetch every bill that matches the filters (the list loads page by page).</extracomment>
        <translation>Char&amp;ger toutes les factures correspondantes</translation>
    </message>
    <message>
        <source>Loading all matching bills…</source>
        <translation>Chargement de toutes les factures correspondantes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <extracomment>Edit menu: copy the selected rows of the bill table as tab-separated text.</extracomment>
        <translation>&amp;Copier les lignes sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Filter bills</source>
        <extracomment>Edit menu: put the keyboard focus on the filters above the bill table.</extracomment>
        <translation>&amp;Filtrer les factures</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <extracomment>Button: quit now; the statements resume at the next start.</extracomment>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>Saved &amp;views</source>
        <translation>&amp;Vues enregistrées</translation>
    </message>
    <message>
        <source>&amp;Statements</source>
        <translation>&amp;Relevés</translation>
    </message>
    <message>
        <source>Show statements &amp;panel</source>
        <translation>Afficher le &amp;panneau des relevés</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About m3ter Bills</source>
        <translation>À &amp;propos de m3ter Bills</translation>
    </message>
    <message>
        <source>About m3ter Bills</source>
        <translation>À propos de m3ter Bills</translation>
    </message>
    <message>
        <source>&lt;b&gt;m3ter Bills %1&lt;/b&gt;&lt;p&gt;Browse m3ter bills, check their line items and totals, and download bill statements.&lt;/p&gt;</source>
        <translation>&lt;b&gt;m3ter Bills %1&lt;/b&gt;&lt;p&gt;Parcourez les factures m3ter, vérifiez leurs lignes de facture et leurs totaux, et téléchargez les relevés de facture.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · org %2</source>
        <extracomment>Toolbar: which m3ter organization the window is connected to.</extracomment>
        <translation>%1 · org. %2</translation>
    </message>
    <message>
        <source>PRODUCTION · %1</source>
        <extracomment>Toolbar: the connection is to a production organization (real customer data).</extracomment>
        <translation>PRODUCTION · %1</translation>
    </message>
    <message>
        <source>Bills</source>
        <extracomment>Accessible name of the table of bills (invoices, one per account and period).</extracomment>
        <translation>Factures</translation>
    </message>
    <message>
        <source>PRODUCTION — %1 · organization %2 · real customer data</source>
        <extracomment>Banner across the main window while connected to a production organization.</extracomment>
        <translation>PRODUCTION — %1 · organisation %2 · données clients réelles</translation>
    </message>
    <message>
        <source>Loading bills…</source>
        <extracomment>Shown over the bill table while the first page of bills loads.</extracomment>
        <translation>Chargement des factures…</translation>
    </message>
    <message>
        <source>The bills could not be loaded.
%1</source>
        <translation>Les factures n&apos;ont pas pu être chargées.
%1</translation>
    </message>
    <message>
        <source>More bills could not be loaded: %1</source>
        <extracomment>Notice above the bill table; the button loads the next page again.</extracomment>
        <translation>Impossible de charger plus de factures&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>There are no bills in this organization.</source>
        <translation>Il n&apos;y a aucune facture dans cette organisation.</translation>
    </message>
    <message>
        <source>No bill matches these filters:
%1</source>
        <translation>Aucune facture ne correspond à ces filtres&#xa0;:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bill(s) loaded (more available)</source>
        <translation>
            <numerusform>%Ln facture chargée (d&apos;autres sont disponibles)</numerusform>
            <numerusform>%Ln factures chargées (d&apos;autres sont disponibles)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln bill(s) loaded</source>
        <translation>
            <numerusform>Toutes les factures sont chargées (%Ln)</numerusform>
            <numerusform>Toutes les factures sont chargées (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bill(s) loaded</source>
        <translation>
            <numerusform>%Ln facture chargée</numerusform>
            <numerusform>%Ln factures chargées</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded: %1</source>
        <extracomment>Status bar: sums of the loaded bills, one per currency.</extracomment>
        <translation>Total chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sums per currency of the loaded bills; currencies are never added together.</source>
        <translation>Sommes par devise des factures chargées&#x202f;; les devises ne sont jamais additionnées entre elles.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected: %1</source>
        <extracomment>Status bar: number of selected bills and their sums per currency.</extracomment>
        <translation>
            <numerusform>%Ln sélectionnée&#xa0;: %1</numerusform>
            <numerusform>%Ln sélectionnées&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sorting by “%1” needs every matching bill, but only %Ln are loaded so far.</source>
        <translation>
            <numerusform>Le tri par «&#xa0;%1&#xa0;» nécessite toutes les factures correspondantes, mais seule %Ln est chargée pour l&apos;instant.</numerusform>
            <numerusform>Le tri par «&#xa0;%1&#xa0;» nécessite toutes les factures correspondantes, mais seules %Ln sont chargées pour l&apos;instant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load all and sort</source>
        <extracomment>Notice buttons: load every matching bill and then sort, or leave the list as it is.</extracomment>
        <translation>Tout charger et trier</translation>
    </message>
    <message>
        <source>CSV (UTF-8) (*.csv)</source>
        <translation>CSV (UTF-8) (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel (UTF-8 with BOM) (*.csv)</source>
        <translation>CSV pour Excel (UTF-8 avec BOM) (*.csv)</translation>
    </message>
    <message>
        <source>Export selected bills</source>
        <translation>Exporter les factures sélectionnées</translation>
    </message>
    <message>
        <source>Export loaded bills</source>
        <translation>Exporter les factures chargées</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>&amp;Save current view…</source>
        <translation>&amp;Enregistrer la vue actuelle…</translation>
    </message>
    <message>
        <source>&amp;Delete view</source>
        <translation>&amp;Supprimer une vue</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name of this view (filters and columns):</source>
        <translation>Nom de cette vue (filtres et colonnes)&#xa0;:</translation>
    </message>
    <message>
        <source>View “%1” saved</source>
        <translation>Vue «&#xa0;%1&#xa0;» enregistrée</translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation>Volet &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous pane</source>
        <translation>Volet &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation>&amp;Trier par</translation>
    </message>
    <message>
        <source>&amp;Bill</source>
        <extracomment>Menu of the bill shown in the detail pane (bill = an m3ter invoice for one account).</extracomment>
        <translation>Fac&amp;ture</translation>
    </message>
    <message>
        <source>&amp;Sort line items by</source>
        <extracomment>Bill menu: sort the line items (the charges that make up the bill) by a column.</extracomment>
        <translation>&amp;Trier les lignes de facture par</translation>
    </message>
    <message>
        <source>Statement &amp;jobs</source>
        <extracomment>Statements menu: the jobs listed in the statements panel (one per bill).</extracomment>
        <translation>&amp;Tâches de relevé</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>%1 — m3ter Bills</source>
        <extracomment>Window title: connection (organization) — application name.</extracomment>
        <translation>%1 — m3ter Bills</translation>
    </message>
    <message>
        <source>%1 (PRODUCTION) — m3ter Bills</source>
        <extracomment>Window title of a production connection.</extracomment>
        <translation>%1 (PRODUCTION) — m3ter Bills</translation>
    </message>
    <message>
        <source>&amp;Export all loaded bills as CSV…</source>
        <extracomment>File menu: write every bill loaded in the table to a CSV file.</extracomment>
        <translation>&amp;Exporter toutes les factures chargées en CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Export every loaded bill as CSV (Ctrl+E)</source>
        <translation>Exporter toutes les factures chargées en CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export &amp;selected bills as CSV…</source>
        <extracomment>File menu: write only the selected bills of the table to a CSV file.</extracomment>
        <translation>Exporter les factures &amp;sélectionnées en CSV…</translation>
    </message>
    <message>
        <source>Quit m3ter Bills</source>
        <translation>Quitter m3ter Bills</translation>
    </message>
    <message numerus="yes">
        <source>%Ln statement(s) are still being generated or downloaded.</source>
        <translation>
            <numerusform>%Ln relevé est encore en cours de génération ou de téléchargement.</numerusform>
            <numerusform>%Ln relevés sont encore en cours de génération ou de téléchargement.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you quit now, they carry on the next time you open m3ter Bills with this connection; nothing is lost.</source>
        <translation>Si vous quittez maintenant, ils reprendront au prochain lancement de m3ter Bills avec cette connexion ; rien n’est perdu.</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <extracomment>Button: keep the window open so the statements finish now.</extracomment>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>The bills could not be refreshed: %1 The table still shows the bills as loaded before.</source>
        <extracomment>Notice above the bill table after Refresh failed; the bills loaded before stay in the table. The button tries the refresh again.</extracomment>
        <translation>Les factures n’ont pas pu être actualisées : %1 Le tableau montre toujours les factures chargées auparavant.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>as of %1</source>
        <extracomment>Where stored bills come from: &quot;as of &lt;date and time&gt;&quot; of the last complete load.</extracomment>
        <translation>au %1</translation>
    </message>
    <message>
        <source>from an earlier load that did not finish</source>
        <extracomment>Where stored bills come from, when no load of this filter ever completed.</extracomment>
        <translation>d&apos;un chargement précédent inachevé</translation>
    </message>
    <message>
        <source>Showing the bills stored on this computer (%1) while the current list loads.</source>
        <extracomment>Notice above the bill table: the bills kept from an earlier run show at once, while the current list loads from m3ter. %1: &quot;as of &lt;date and time&gt;&quot;.</extracomment>
        <translation>Affichage des factures enregistrées sur cet ordinateur (%1) pendant le chargement de la liste actuelle.</translation>
    </message>
    <message>
        <source>The bills could not be loaded: %1
Shown are the bills stored on this computer (%2); generating statements needs the connection.</source>
        <extracomment>Notice above the bill table when m3ter cannot be reached: the bills kept on this computer are shown. %2: &quot;as of &lt;date and time&gt;&quot;.</extracomment>
        <translation>Les factures n&apos;ont pas pu être chargées : %1
Les factures affichées sont celles enregistrées sur cet ordinateur (%2) ; la génération de relevés nécessite la connexion.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored bill(s), %1</source>
        <extracomment>Status bar: bills shown from the copy kept on this computer; %1: &quot;as of &lt;time&gt;&quot;.</extracomment>
        <translation>
            <numerusform>%Ln facture enregistrée, %1</numerusform>
            <numerusform>%Ln factures enregistrées, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show c&amp;hanges since you last looked</source>
        <translation>Afficher les &amp;modifications depuis la dernière consultation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) since you last looked</source>
        <extracomment>Status bar after a refresh found differences with what was stored.</extracomment>
        <translation>
            <numerusform>%Ln modification depuis votre dernière consultation</numerusform>
            <numerusform>%Ln modifications depuis votre dernière consultation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line item change(s) in this bill</source>
        <extracomment>Status bar: a bill opened again has line items that changed since it was last opened.</extracomment>
        <translation>
            <numerusform>%Ln ligne modifiée dans cette facture</numerusform>
            <numerusform>%Ln lignes modifiées dans cette facture</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Search stored bills</source>
        <extracomment>Edit menu: put the keyboard focus in the search over the bills kept on this computer.</extracomment>
        <translation>Rec&amp;hercher dans les factures enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln bill(s) match the search</source>
        <extracomment>Status bar while a search is typed: %1 bills shown of the %Ln loaded or stored.</extracomment>
        <translation>
            <numerusform>%1 facture sur %Ln correspond à la recherche</numerusform>
            <numerusform>%1 factures sur %Ln correspondent à la recherche</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching: %1</source>
        <extracomment>Status bar: sums of the bills that match the search, one per currency.</extracomment>
        <translation>Correspondances : %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bill(s), refreshing…</source>
        <extracomment>Status bar while Refresh reads the list again over the bills shown, which it updates in place.</extracomment>
        <translation>
            <numerusform>%Ln facture, actualisation…</numerusform>
            <numerusform>%Ln factures, actualisation…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>m3ter::Page</name>
    <message>
        <source>expected a string</source>
        <translation>une chaîne est attendue</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>un tableau est attendu</translation>
    </message>
</context>
<context>
    <name>m3ter::ParseError</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>m3ter::PreferencesDialog</name>
    <message>
        <source>Use the &amp;system proxy settings</source>
        <translation>Utiliser les paramètres de proxy du &amp;système</translation>
    </message>
    <message>
        <source>&amp;No proxy (connect directly)</source>
        <translation>&amp;Aucun proxy (connexion directe)</translation>
    </message>
    <message>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>Proxy HTTP &amp;manuel&#xa0;:</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Network proxy</source>
        <translation>Proxy réseau</translation>
    </message>
    <message>
        <source>The system settings include the HTTPS_PROXY and NO_PROXY environment variables. Proxy passwords are never saved.</source>
        <translation>Les paramètres du système incluent les variables d&apos;environnement HTTPS_PROXY et NO_PROXY. Les mots de passe de proxy ne sont jamais enregistrés.</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Relevés</translation>
    </message>
    <message>
        <source>Statements folder</source>
        <translation>Dossier des relevés</translation>
    </message>
    <message>
        <source>Statements are saved here, in a folder per organization and account. Leave empty for the default.</source>
        <translation>Les relevés sont enregistrés ici, dans un dossier par organisation et par compte. Laissez vide pour utiliser l&apos;emplacement par défaut.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Langue de l&apos;interface&#xa0;:</translation>
    </message>
    <message>
        <source>Dates, numbers and amounts follow the language. A change takes effect the next time the app starts.</source>
        <translation>Les dates, les nombres et les montants suivent la langue choisie. La modification prend effet au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Sa&amp;ve in:</source>
        <translation>&amp;Enregistrer dans&#xa0;:</translation>
    </message>
</context>
<context>
    <name>m3ter::Profile</name>
    <message>
        <source>Enter the API base URL, for example %1.</source>
        <translation>Saisissez l&apos;URL de base de l&apos;API, par exemple %1.</translation>
    </message>
    <message>
        <source>The API base URL is not a valid web address.</source>
        <translation>L&apos;URL de base de l&apos;API n&apos;est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>The API base URL must not contain a user name or password.</source>
        <translation>L&apos;URL de base de l&apos;API ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The API base URL must not contain a query (?) or fragment (#).</source>
        <translation>L&apos;URL de base de l&apos;API ne doit contenir ni requête (?) ni fragment (#).</translation>
    </message>
    <message>
        <source>The API base URL must use https. Plain http is only allowed for this computer (127.0.0.1, localhost or [::1]).</source>
        <translation>L&apos;URL de base de l&apos;API doit utiliser https. Le http simple n&apos;est autorisé que pour cet ordinateur (127.0.0.1, localhost ou [::1]).</translation>
    </message>
    <message>
        <source>The API base URL must start with https://.</source>
        <translation>L&apos;URL de base de l&apos;API doit commencer par https://.</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Saisissez un nom pour le profil.</translation>
    </message>
    <message>
        <source>Enter the organization id (shown in the m3ter Console).</source>
        <translation>Saisissez l&apos;ID d&apos;organisation (affiché dans la m3ter Console).</translation>
    </message>
    <message>
        <source>The organization id does not look like an m3ter id (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).</source>
        <translation>L&apos;ID d&apos;organisation ne ressemble pas à un ID m3ter (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).</translation>
    </message>
    <message>
        <source>Enter the access key id (client id) of the m3ter service user.</source>
        <translation>Saisissez l&apos;ID de clé d&apos;accès (client ID) de l&apos;utilisateur de service m3ter.</translation>
    </message>
    <message>
        <source>The access key id must not contain a colon (:).</source>
        <translation>L&apos;ID de clé d&apos;accès ne doit pas contenir de deux-points (:).</translation>
    </message>
</context>
<context>
    <name>m3ter::ProfileStore</name>
    <message>
        <source>The profile no longer exists.</source>
        <translation>Le profil n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A profile with this id already exists.</source>
        <translation>Un profil avec cet ID existe déjà.</translation>
    </message>
    <message>
        <source>The profile settings could not be saved: the settings file is not writable (%1).</source>
        <translation>Les paramètres du profil n&apos;ont pas pu être enregistrés&#xa0;: le fichier de paramètres n&apos;est pas accessible en écriture (%1).</translation>
    </message>
    <message>
        <source>The profile settings could not be saved: the settings file is damaged (%1).</source>
        <translation>Les paramètres du profil n&apos;ont pas pu être enregistrés&#xa0;: le fichier de paramètres est endommagé (%1).</translation>
    </message>
</context>
<context>
    <name>m3ter::ProxySettings</name>
    <message>
        <source>Enter the proxy&apos;s host name.</source>
        <translation>Saisissez le nom d&apos;hôte du proxy.</translation>
    </message>
    <message>
        <source>Enter only the proxy&apos;s host name, without http:// or a user name.</source>
        <translation>Saisissez uniquement le nom d&apos;hôte du proxy, sans http:// ni nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The proxy port must be between 1 and 65535.</source>
        <translation>Le port du proxy doit être compris entre 1 et 65535.</translation>
    </message>
</context>
<context>
    <name>m3ter::RequestArguments</name>
    <message>
        <source>No item was selected for this request.</source>
        <translation>Aucun élément n&apos;a été sélectionné pour cette requête.</translation>
    </message>
    <message>
        <source>No items were selected for this request.</source>
        <translation>Aucun élément n&apos;a été sélectionné pour cette requête.</translation>
    </message>
    <message>
        <source>At most %1 items can be sent in one request.</source>
        <translation>Une requête ne peut pas contenir plus de %1 éléments.</translation>
    </message>
    <message>
        <source>An empty ID cannot be sent.</source>
        <translation>Un ID vide ne peut pas être envoyé.</translation>
    </message>
</context>
<context>
    <name>m3ter::SelfTest</name>
    <message>
        <source>No answer within %1 s while %2.</source>
        <translation>Aucune réponse dans les %1&#xa0;s pendant %2.</translation>
    </message>
    <message>
        <source>drawing the application icon</source>
        <translation>le rendu de l&apos;icône de l&apos;application</translation>
    </message>
    <message>
        <source>The application icon could not be drawn: the Qt SVG plugins are missing (Debian package libqt6svg6).</source>
        <translation>L&apos;icône de l&apos;application n&apos;a pas pu être rendue&#xa0;: les plugins SVG de Qt sont absents (paquet Debian libqt6svg6).</translation>
    </message>
    <message>
        <source>Qt %1, platform &quot;%2&quot;, SVG icon drawn at %3×%4 pixels.</source>
        <translation>Qt %1, plateforme «&#xa0;%2&#xa0;», icône SVG rendue en %3×%4 pixels.</translation>
    </message>
    <message>
        <source>starting the demo sandbox</source>
        <translation>le démarrage du bac à sable de démo</translation>
    </message>
    <message>
        <source>The demo sandbox could not start on 127.0.0.1.</source>
        <translation>Le bac à sable de démo n&apos;a pas pu démarrer sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Demo sandbox listening at %1 (organization %2).</source>
        <translation>Bac à sable de démo à l&apos;écoute sur %1 (organisation %2).</translation>
    </message>
    <message>
        <source>loading the first page of bills</source>
        <translation>le chargement de la première page de factures</translation>
    </message>
    <message>
        <source>Loading bills failed: %1</source>
        <translation>Échec du chargement des factures&#xa0;: %1</translation>
    </message>
    <message>
        <source>The demo sandbox returned no bills.</source>
        <translation>Le bac à sable de démo n&apos;a renvoyé aucune facture.</translation>
    </message>
    <message>
        <source>more pages available</source>
        <translation>d&apos;autres pages sont disponibles</translation>
    </message>
    <message>
        <source>no more pages</source>
        <translation>aucune autre page</translation>
    </message>
    <message numerus="yes">
        <source>Bill list: %n bill(s) on the first page (%1); totals %2.</source>
        <translation>
            <numerusform>Liste des factures&#xa0;: %n facture sur la première page (%1)&#x202f;; totaux %2.</numerusform>
            <numerusform>Liste des factures&#xa0;: %n factures sur la première page (%1)&#x202f;; totaux %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>loading the details of bill %1</source>
        <translation>le chargement du détail de la facture %1</translation>
    </message>
    <message>
        <source>Bill %1 came without line items.</source>
        <translation>La facture %1 ne contient aucune ligne de facture.</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non communiqué</translation>
    </message>
    <message numerus="yes">
        <source>Bill detail: %1 (account %2), %n line item(s), total %3.</source>
        <translation>
            <numerusform>Détail de la facture&#xa0;: %1 (compte %2), %n ligne de facture, total %3.</numerusform>
            <numerusform>Détail de la facture&#xa0;: %1 (compte %2), %n lignes de facture, total %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading bill %1 failed: %2</source>
        <translation>Échec du chargement de la facture %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Self-test passed in %1 s.</source>
        <translation>Autotest réussi en %1&#xa0;s.</translation>
    </message>
    <message>
        <source>Self-test failed: %1</source>
        <translation>Échec de l&apos;autotest&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>m3ter::Session</name>
    <message>
        <source>The bills stored on this computer could not be deleted from %1.</source>
        <translation>Les factures conservées sur cet ordinateur n&apos;ont pas pu être supprimées de %1.</translation>
    </message>
</context>
<context>
    <name>m3ter::StatementActions</name>
    <message>
        <source>&amp;Generate statements…</source>
        <extracomment>Menu and toolbar: create statements (documents summarising a bill) on the server.</extracomment>
        <translation>&amp;Générer des relevés…</translation>
    </message>
    <message>
        <source>Generate statements for the selected bills (Ctrl+G)</source>
        <translation>Générer des relevés pour les factures sélectionnées (Ctrl+G)</translation>
    </message>
    <message>
        <source>Generate statements</source>
        <translation>Générer des relevés</translation>
    </message>
    <message>
        <source>&amp;Download existing statements</source>
        <extracomment>Statements menu: download statements that were generated earlier, without generating new ones.</extracomment>
        <translation>Télécharger les relevés &amp;existants</translation>
    </message>
    <message>
        <source>Save the statements the selected bills already have, without generating new ones</source>
        <translation>Enregistrer les relevés existants des factures sélectionnées, sans en générer de nouveaux</translation>
    </message>
    <message>
        <source>Regenerate &amp;stale statements…</source>
        <extracomment>Statements menu: stale statement = it no longer matches its bill (the bill changed since).</extracomment>
        <translation>Régénérer les relevés &amp;obsolètes…</translation>
    </message>
    <message>
        <source>Generate new statements for every loaded bill whose statement is stale</source>
        <translation>Générer de nouveaux relevés pour chaque facture chargée dont le relevé est obsolète</translation>
    </message>
    <message>
        <source>Select the bills to generate statements for.</source>
        <translation>Sélectionnez les factures pour lesquelles générer des relevés.</translation>
    </message>
    <message numerus="yes">
        <source>Generating %Ln statement(s)…</source>
        <translation>
            <numerusform>Génération de %Ln relevé…</numerusform>
            <numerusform>Génération de %Ln relevés…</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the selected bills has a statement yet; use Generate statements.</source>
        <translation>Aucune des factures sélectionnées n&apos;a encore de relevé&#x202f;; utilisez «&#xa0;Générer des relevés&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %Ln existing statement(s)…</source>
        <translation>
            <numerusform>Téléchargement de %Ln relevé existant…</numerusform>
            <numerusform>Téléchargement de %Ln relevés existants…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 statements — %3</source>
        <extracomment>Window title (and taskbar entry) while statements are generated: progress first, so it stays visible in a narrow taskbar button.</extracomment>
        <translation>%1/%2 relevés — %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln statement(s) downloaded</source>
        <translation>
            <numerusform>%Ln relevé téléchargé</numerusform>
            <numerusform>%Ln relevés téléchargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln not (see the statements panel)</source>
        <extracomment>Appended to &quot;N statements downloaded&quot;.</extracomment>
        <translation>
            <numerusform>, %Ln non téléchargé (voir le panneau des relevés)</numerusform>
            <numerusform>, %Ln non téléchargés (voir le panneau des relevés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Statements finished with problems</source>
        <translation>Relevés terminés avec des erreurs</translation>
    </message>
    <message>
        <source>Statements ready</source>
        <translation>Relevés prêts</translation>
    </message>
    <message>
        <source>Generating statements needs the current list from m3ter; the bills shown are stored on this computer</source>
        <translation>La génération de relevés nécessite la liste actuelle de m3ter ; les factures affichées sont enregistrées sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>m3ter::StatementBatchSubmitter</name>
    <message>
        <source>The statement jobs could not be created: %1</source>
        <translation>Les tâches de relevé n&apos;ont pas pu être créées&#xa0;: %1</translation>
    </message>
    <message>
        <source>It could not be confirmed whether the statement job was created, so it was not submitted again (to avoid a duplicate): %1</source>
        <translation>Impossible de confirmer la création de la tâche de relevé&#x202f;; elle n&apos;a donc pas été renvoyée (pour éviter un doublon)&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The statement job could not be created after %n attempt(s).</source>
        <translation>
            <numerusform>La tâche de relevé n&apos;a pas pu être créée après %n tentative.</numerusform>
            <numerusform>La tâche de relevé n&apos;a pas pu être créée après %n tentatives.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>m3ter::StatementContentCheck</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the JSON ends early, at byte %1</source>
        <translation>le JSON s’arrête trop tôt, à l’octet %1</translation>
    </message>
    <message>
        <source>the text ends inside a character</source>
        <translation>le texte s’arrête au milieu d’un caractère</translation>
    </message>
    <message>
        <source>the CSV has no header line</source>
        <translation>le CSV n’a pas de ligne d’en-tête</translation>
    </message>
    <message>
        <source>the CSV ends inside a quoted field</source>
        <translation>le CSV s’arrête dans un champ entre guillemets</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1</source>
        <translation>JSON non valide à l’octet %1</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>le JSON est trop profondément imbriqué</translation>
    </message>
    <message>
        <source>the CSV is not UTF-8 text (byte %1)</source>
        <translation>le CSV n’est pas du texte UTF-8 (octet %1)</translation>
    </message>
    <message>
        <source>the CSV contains a control character at byte %1</source>
        <translation>le CSV contient un caractère de contrôle à l’octet %1</translation>
    </message>
</context>
<context>
    <name>m3ter::StatementDownload</name>
    <message>
        <source>Download cancelled.</source>
        <translation>Téléchargement annulé.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose another target folder, then retry the download.</source>
        <translation>Impossible de créer le dossier %1. Choisissez un autre dossier de destination, puis relancez le téléchargement.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Choose another target folder, then retry the download.</source>
        <translation>Impossible d&apos;écrire %1 (%2). Choisissez un autre dossier de destination, puis relancez le téléchargement.</translation>
    </message>
    <message>
        <source>No %1 statement exists for this bill yet.</source>
        <translation>Aucun relevé %1 n&apos;existe encore pour cette facture.</translation>
    </message>
    <message>
        <source>Could not get a download link for the %1 statement: %2</source>
        <translation>Impossible d&apos;obtenir un lien de téléchargement pour le relevé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write %1: the disk is full or not writable (%2).</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le disque est plein ou n&apos;est pas accessible en écriture (%2).</translation>
    </message>
    <message>
        <source>Could not save %1: the disk is full or not writable (%2).</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: le disque est plein ou n&apos;est pas accessible en écriture (%2).</translation>
    </message>
    <message>
        <source>The download host refused the %1 statement (HTTP %2), also with a fresh link.</source>
        <translation>L&apos;hôte de téléchargement a refusé le relevé %1 (HTTP %2), même avec un nouveau lien.</translation>
    </message>
    <message>
        <source>The download host answered HTTP %1 for the %2 statement.</source>
        <translation>L&apos;hôte de téléchargement a répondu HTTP %1 pour le relevé %2.</translation>
    </message>
    <message>
        <source>the download host answered HTTP %1</source>
        <translation>l&apos;hôte de téléchargement a répondu HTTP %1</translation>
    </message>
    <message>
        <source>Could not download the %1 statement: %2</source>
        <translation>Impossible de télécharger le relevé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file the download host sent is damaged (%1)</source>
        <translation>le fichier envoyé par le serveur de téléchargement est endommagé (%1)</translation>
    </message>
</context>
<context>
    <name>m3ter::StatementEntry</name>
    <message>
        <source>Submitting</source>
        <extracomment>Statement job stage: the request to generate the statement is being sent.</extracomment>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Generating</source>
        <extracomment>Statement job stage: m3ter is generating the statement document.</extracomment>
        <translation>Génération en cours</translation>
    </message>
    <message>
        <source>Waiting to download</source>
        <extracomment>Statement job stage: generated, the download has not started yet.</extracomment>
        <translation>En attente de téléchargement</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement en cours</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Téléchargé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>Statement job stage: the user cancelled the statement job.</extracomment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Échec du téléchargement</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <extracomment>Statement job stage: the statement job could not be created on the server.</extracomment>
        <translation>Non envoyé</translation>
    </message>
</context>
<context>
    <name>m3ter::StatementJobModel</name>
    <message>
        <source>Downloading %1%</source>
        <translation>Téléchargement&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Bill date</source>
        <translation>Date de facture</translation>
    </message>
    <message>
        <source>Bill ID</source>
        <extracomment>Statements panel column: the unique ID of the bill the statement is for.</extracomment>
        <translation>ID de facture</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Statements panel column: the stage of the statement job (generating, downloaded...).</extracomment>
        <translation>Statut</translation>
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
        <translation>Durée</translation>
    </message>
    <message>
        <source>File(s) / error</source>
        <translation>Fichier(s) / erreur</translation>
    </message>
    <message>
        <source>%1, retrying</source>
        <extracomment>Statements panel status while the server cannot be reached: &quot;Pending, retrying&quot;.</extracomment>
        <translation>%1, nouvelle tentative</translation>
    </message>
    <message>
        <source>Could not check the job at %1; trying again: %2</source>
        <extracomment>Statements panel, on a job that is waiting: %1 = time, %2 = why (the server&apos;s error).</extracomment>
        <translation>Impossible de vérifier la tâche à %1 ; nouvelle tentative : %2</translation>
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
        <translation>Relevés</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <extracomment>Statements panel: cancel the selected statement jobs (not a dialog button).</extracomment>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Cancel the selected statement jobs (Del)</source>
        <translation>Annuler les tâches de relevé sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Cancel &amp;all</source>
        <translation>&amp;Annuler tout</translation>
    </message>
    <message>
        <source>Cancel every statement job that has not finished</source>
        <translation>Annuler toutes les tâches de relevé non terminées</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <extracomment>Statements panel: show the selected statement in the built-in viewer (verb, not the View menu).</extracomment>
        <translation>&amp;Visualiser</translation>
    </message>
    <message>
        <source>Show the statement here: JSON as a tree, CSV as a table (Enter)</source>
        <translation>Afficher le relevé ici&#xa0;: JSON en arborescence, CSV en tableau (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <extracomment>Statements panel: open the statement file in the default application.</extracomment>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the JSON statement in its default application</source>
        <translation>Ouvrir le relevé JSON dans son application par défaut</translation>
    </message>
    <message>
        <source>Open the CSV statement in its default application, e.g. a spreadsheet</source>
        <translation>Ouvrir le relevé CSV dans son application par défaut, p. ex. un tableur</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Show the statement file in the file manager</source>
        <translation>Afficher le fichier du relevé dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>&amp;Retry downloads</source>
        <extracomment>Statements panel: download the statements whose download failed again.</extracomment>
        <translation>&amp;Relancer les téléchargements</translation>
    </message>
    <message>
        <source>Download failed statements again, into the statements folder</source>
        <translation>Télécharger à nouveau les relevés en échec, dans le dossier des relevés</translation>
    </message>
    <message>
        <source>&amp;Generate again</source>
        <extracomment>Statements panel: generate the selected failed or cancelled statements once more.</extracomment>
        <translation>&amp;Générer à nouveau</translation>
    </message>
    <message>
        <source>Submit the selected failed or cancelled statements again</source>
        <translation>Renvoyer les relevés sélectionnés en échec ou annulés</translation>
    </message>
    <message>
        <source>Statements &amp;folder</source>
        <translation>Dossier des re&amp;levés</translation>
    </message>
    <message>
        <source>Statements folder</source>
        <translation>Dossier des relevés</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Statement actions</source>
        <translation>Actions sur les relevés</translation>
    </message>
    <message>
        <source>Statement progress</source>
        <translation>Progression des relevés</translation>
    </message>
    <message>
        <source>Statement jobs</source>
        <translation>Tâches de relevé</translation>
    </message>
    <message>
        <source>No statements yet. Select bills and choose Generate statements (Ctrl+G); they are saved under %1.</source>
        <translation>Aucun relevé pour l&apos;instant. Sélectionnez des factures et choisissez «&#xa0;Générer des relevés&#xa0;» (Ctrl+G)&#x202f;; ils sont enregistrés sous %1.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <extracomment>Progress bar of the statements panel: finished of all in this run.</extracomment>
        <translation>%1 sur %2 terminés</translation>
    </message>
    <message numerus="yes">
        <source>%Ln in progress</source>
        <translation>
            <numerusform>%Ln en cours</numerusform>
            <numerusform>%Ln en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln downloaded</source>
        <translation>
            <numerusform>%Ln téléchargé</numerusform>
            <numerusform>%Ln téléchargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln annulé</numerusform>
            <numerusform>%Ln annulés</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the statements folder: %1</source>
        <translation>Ouvrir le dossier des relevés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open C&amp;SV</source>
        <translation>Ouvrir le &amp;CSV</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <extracomment>Statements panel: remove finished statement jobs from the list (files stay on disk).</extracomment>
        <translation>&amp;Effacer les terminés</translation>
    </message>
    <message>
        <source>Remove finished statements from this list; saved files stay on disk</source>
        <translation>Retirer de cette liste les relevés terminés&#x202f;; les fichiers enregistrés restent sur le disque</translation>
    </message>
    <message>
        <source>m3ter statements</source>
        <extracomment>Name of the folder under Documents that statements are saved in (a folder name: no slashes or colons).</extracomment>
        <translation>Relevés m3ter</translation>
    </message>
</context>
<context>
    <name>m3ter::StatementQueue</name>
    <message>
        <source>Checking the statement jobs failed, trying again shortly: %1</source>
        <translation>Échec de la vérification des tâches de relevé, nouvel essai sous peu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The statement job %1 no longer exists on the server: %2</source>
        <translation>La tâche de relevé %1 n&apos;existe plus sur le serveur&#xa0;: %2</translation>
    </message>
    <message>
        <source>m3ter could not generate the statement (job %1 FAILED). Try again later, or give the job id to m3ter support.</source>
        <translation>m3ter n&apos;a pas pu générer le relevé (tâche %1 FAILED). Réessayez plus tard, ou communiquez l&apos;ID de la tâche au support m3ter.</translation>
    </message>
    <message>
        <source>The statement job was cancelled.</source>
        <translation>La tâche de relevé a été annulée.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Le téléchargement a été annulé.</translation>
    </message>
    <message>
        <source>The statement job could not be cancelled: %1</source>
        <translation>La tâche de relevé n&apos;a pas pu être annulée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The statement queue is already in use.</source>
        <translation>La file d&apos;attente des relevés est déjà utilisée.</translation>
    </message>
    <message>
        <source>Could not read the saved statement queue %1: %2</source>
        <translation>Impossible de lire la file d&apos;attente des relevés enregistrée %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped waiting after %1: m3ter never reported a state for the statement job %2. It may still finish there; download the existing statement later, or generate it again.</source>
        <translation>Attente interrompue après %1&#xa0;: m3ter n&apos;a jamais communiqué d&apos;état pour la tâche de relevé %2. Elle peut encore aboutir côté m3ter&#x202f;; téléchargez plus tard le relevé existant, ou générez-le à nouveau.</translation>
    </message>
    <message>
        <source>Stopped waiting after %1: m3ter still reported the statement job %2 as %3. It may still finish there; download the existing statement later, or generate it again.</source>
        <translation>Attente interrompue après %1&#xa0;: m3ter indiquait toujours l&apos;état %3 pour la tâche de relevé %2. Elle peut encore aboutir côté m3ter&#x202f;; téléchargez plus tard le relevé existant, ou générez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>m3ter::StatementQueueSaver</name>
    <message>
        <source>Could not save the statement queue to %1: %2</source>
        <translation>Impossible d&apos;enregistrer la file d&apos;attente des relevés dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>m3ter::StatementQueueSnapshot</name>
    <message>
        <source>The saved statement queue is damaged or from an unknown version.</source>
        <translation>La file d&apos;attente des relevés enregistrée est endommagée ou provient d&apos;une version inconnue.</translation>
    </message>
</context>
<context>
    <name>m3ter::StatementViewer</name>
    <message>
        <source>Statement</source>
        <extracomment>Window title of the statement viewer (statement: the document m3ter generates from a bill).</extracomment>
        <translation>Relevé</translation>
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
        <translation>&amp;Ouvrir dans l&apos;application par défaut</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <extracomment>Opens the file manager at the statement file.</extracomment>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Find a field or value…</source>
        <translation>Rechercher un champ ou une valeur…</translation>
    </message>
    <message>
        <source>Find in statement</source>
        <translation>Rechercher dans le relevé</translation>
    </message>
    <message>
        <source>Statement JSON</source>
        <translation>JSON du relevé</translation>
    </message>
    <message>
        <source>Statement CSV</source>
        <translation>CSV du relevé</translation>
    </message>
    <message>
        <source>No file was saved in this format for this statement.</source>
        <translation>Aucun fichier n&apos;a été enregistré dans ce format pour ce relevé.</translation>
    </message>
    <message>
        <source>%1 is no longer there. It may have been moved or deleted; download the statement again.</source>
        <translation>%1 n&apos;existe plus à cet emplacement. Il a peut-être été déplacé ou supprimé&#x202f;; téléchargez à nouveau le relevé.</translation>
    </message>
    <message>
        <source>%1 is too large to show here. Open it in its default application.</source>
        <translation>%1 est trop volumineux pour être affiché ici. Ouvrez-le dans son application par défaut.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Statement — %1</source>
        <translation>Relevé — %1</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Le fichier n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Statement format</source>
        <translation>Format du relevé</translation>
    </message>
</context>
<context>
    <name>m3ter::StoreFile</name>
    <message>
        <source>The local copy of your bills cannot be kept: %1</source>
        <translation>La copie locale de vos factures ne peut pas être conservée : %1</translation>
    </message>
    <message>
        <source>The local copy of your bills is in use by another window of this program, so this one works without it.</source>
        <translation>La copie locale de vos factures est utilisée par une autre fenêtre de ce programme ; celle-ci fonctionne donc sans elle.</translation>
    </message>
    <message>
        <source>The local copy of your bills could not be read or moved aside, so this session works without it.</source>
        <translation>La copie locale de vos factures n’a pu être ni lue ni mise de côté ; cette session fonctionne donc sans elle.</translation>
    </message>
    <message>
        <source>The local copy of your bills could not be read and was moved aside as %1; a new one cannot be created, so this session works without it.</source>
        <translation>La copie locale de vos factures n’a pas pu être lue et a été mise de côté sous %1 ; une nouvelle ne peut pas être créée, cette session fonctionne donc sans elle.</translation>
    </message>
    <message>
        <source>The local copy of your bills could not be read, so it was moved aside as %1 and a new one was started. Bills are downloaded again.</source>
        <translation>La copie locale de vos factures n’a pas pu être lue ; elle a été mise de côté sous %1 et une nouvelle a été créée. Les factures sont téléchargées à nouveau.</translation>
    </message>
</context>
<context>
    <name>m3ter::TableStateOverlay</name>
    <message>
        <source>&amp;Retry</source>
        <extracomment>Button over the bill table: send the request that failed again.</extracomment>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Repeat the request that failed</source>
        <translation>Relancer la requête qui a échoué</translation>
    </message>
    <message>
        <source>Bill table status</source>
        <extracomment>Accessible name of the message that covers the bill table (loading, empty, error).</extracomment>
        <translation>État du tableau des factures</translation>
    </message>
</context>
</TS>
