// NpsBot on Azure: an App Service (Linux, the container image of deployment/Dockerfile) and an Azure Bot resource whose
// messaging endpoint is the app's /api/messages, with the Web Chat (built in) and, optionally, Microsoft Teams channels.
// Deploy:
//   az deployment group create -g <group> -f deployment/azure/main.bicep -p botName=<name> containerImage=<image> \
//     microsoftAppType=SingleTenant microsoftAppId=<app id> microsoftAppTenantId=<tenant> microsoftAppPassword=<secret>
// Not deployed or compiled from this repository's machine (no Azure access): see deployment/README.md.

@description('Name of the bot; also the prefix of the App Service names. Letters, digits and hyphens.')
@minLength(2)
@maxLength(40)
param botName string

@description('Region of the App Service (the Azure Bot resource itself is global).')
param location string = resourceGroup().location

@description('Container image of the server (deployment/Dockerfile), pushed to a registry App Service can pull from.')
param containerImage string

@description('Registry login for a private image (empty for a public image).')
param registryServer string = ''
param registryUsername string = ''
@secure()
param registryPassword string = ''

@description('How the bot authenticates to the Bot Framework: SingleTenant, MultiTenant (no longer offered for new bots) or UserAssignedMSI.')
@allowed([
  'SingleTenant'
  'MultiTenant'
  'UserAssignedMSI'
])
param microsoftAppType string = 'SingleTenant'

@description('The Entra ID app registration (client) id of the bot; ignored for UserAssignedMSI (an identity is created).')
param microsoftAppId string = ''

@description('Tenant of the app registration (SingleTenant) or of the managed identity (UserAssignedMSI).')
param microsoftAppTenantId string = subscription().tenantId

@description('Client secret of the app registration; not used for UserAssignedMSI.')
@secure()
param microsoftAppPassword string = ''

@description('Add the Microsoft Teams channel.')
param enableTeams bool = true

@description('App Service plan size. One instance only: the server keeps its data in SQLite until PostgreSQL lands.')
param appServiceSku string = 'B1'

@description('Azure Bot pricing tier.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

var appName = '${botName}-app'
var useManagedIdentity = microsoftAppType == 'UserAssignedMSI'
var hostName = '${appName}.azurewebsites.net'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = if (useManagedIdentity) {
  name: '${botName}-identity'
  location: location
}

var appId = useManagedIdentity ? identity!.properties.clientId : microsoftAppId

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${botName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: 1
  }
  properties: {
    reserved: true
  }
}

// The keys the server reads (README "Configuration"; ':' is '__' in an app setting). MicrosoftApp* are the
// Bot Framework's own names, read at the root of the configuration by the connector authentication.
var registrySettings = empty(registryServer) ? [] : [
  { name: 'DOCKER_REGISTRY_SERVER_URL', value: 'https://${registryServer}' }
  { name: 'DOCKER_REGISTRY_SERVER_USERNAME', value: registryUsername }
  { name: 'DOCKER_REGISTRY_SERVER_PASSWORD', value: registryPassword }
]
var botSettings = concat([
  { name: 'MicrosoftAppType', value: microsoftAppType }
  { name: 'MicrosoftAppId', value: appId }
  { name: 'MicrosoftAppTenantId', value: microsoftAppTenantId }
], useManagedIdentity ? [] : [
  { name: 'MicrosoftAppPassword', value: microsoftAppPassword }
])

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: appName
  location: location
  kind: 'app,linux,container'
  identity: useManagedIdentity ? {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity!.id}': {}
    }
  } : null
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOCKER|${containerImage}'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      webSocketsEnabled: true
      healthCheckPath: '/health/ready'
      appSettings: concat([
        // The image listens on 8080; /home is App Service's persistent storage (see README: SQLite there is for one
        // instance and modest traffic).
        { name: 'WEBSITES_PORT', value: '8080' }
        { name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE', value: 'true' }
        { name: 'Storage__DataDirectory', value: '/home/data' }
        { name: 'AllowedHosts', value: '${hostName};localhost' }
      ], botSettings, registrySettings)
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botName
    endpoint: 'https://${hostName}/api/messages'
    msaAppType: microsoftAppType
    msaAppId: appId
    msaAppTenantId: microsoftAppType == 'MultiTenant' ? '' : microsoftAppTenantId
    msaAppMSIResourceId: useManagedIdentity ? identity!.id : ''
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = if (enableTeams) {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('The messaging endpoint registered on the Azure Bot resource.')
output messagingEndpoint string = bot.properties.endpoint

@description('The web chat page of the server.')
output webChatUrl string = 'https://${hostName}/'

@description('The bot app id (the managed identity client id for UserAssignedMSI).')
output botAppId string = appId
