import { ConflictException, Injectable } from '@nestjs/common';
import { PlansService } from '../plans/plans.service';
import { RotaPlanSnapshot, RotaPlanSource } from './rota-plan.source';

/** Plans from the plans module (POST /api/plans). */
@Injectable()
export class StoredPlanSource extends RotaPlanSource {
  constructor(private readonly plans: PlansService) {
    super();
  }

  async find(planId: string): Promise<RotaPlanSnapshot> {
    const result = await this.plans.getResult(planId);
    if (result.status !== 'optimal' && result.status !== 'feasible') {
      throw new ConflictException(`plan "${planId}" has no shift mix to staff (${result.status}: ${result.message})`);
    }
    return {
      plan: { scenarioName: result.scenarioName, grid: result.grid, shifts: result.shifts, arrivals: result.arrivals },
      setup: await this.plans.getPlanningScenario(planId),
    };
  }
}
