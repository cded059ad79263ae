import { ValidateIf } from 'class-validator';

/**
 * The field may be left out, but when it is given it must be valid. class-validator's
 * IsOptional also waves `null` through, so `{"weeks": null}` used to start a job that failed
 * later; only fields whose contract says null (e.g. "no reply deadline") use IsOptional.
 */
export const Optional = (): PropertyDecorator => ValidateIf((_object: object, value: unknown) => value !== undefined);
