// Example parameters: copy, fill in, and pass with -p deployment/azure/main.bicepparam. The secret comes from the
// environment (readEnvironmentVariable), never from this file.
using './main.bicep'

param botName = 'contoso-nps'
param containerImage = 'REGISTRY/npsbot:1.0.0'
param registryServer = 'REGISTRY'
param registryUsername = 'REGISTRY-USER'
param registryPassword = readEnvironmentVariable('NPSBOT_REGISTRY_PASSWORD', '')
param microsoftAppType = 'SingleTenant'
param microsoftAppId = '00000000-0000-0000-0000-000000000000'
param microsoftAppPassword = readEnvironmentVariable('NPSBOT_APP_PASSWORD', '')
param enableTeams = true
