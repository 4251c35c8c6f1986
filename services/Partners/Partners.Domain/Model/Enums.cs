namespace Partners.Domain.Model;

public enum PartnerType
{
    Reseller,
    SystemIntegrator,
    Referral,
    Technology,
    Msp,
}

public enum PartnerStatus
{
    Prospect,
    Qualified,
    Declined,
    Onboarding,
    Active,
    Suspended,
    Terminated,
}

public enum Region
{
    NorthAmerica,
    LatinAmerica,
    Emea,
    Apac,
}

public enum ContactRole
{
    SalesRep,
    SalesEngineer,
    Executive,
    Marketing,
    Admin,
}

public enum ContactStatus
{
    Active,
    Inactive,
}

public enum AgreementStatus
{
    Draft,
    Active,
    Superseded,
}
