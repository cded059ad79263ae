import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { RotaDispatch } from '@app/roster';
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

  async dispatchOf(planId: string): Promise<RotaDispatch | null> {
    try {
      const result = await this.plans.getResult(planId);
      if (!result.dispatch?.length) return null;
      const setup = await this.plans.getPlanningScenario(planId);
      return { runs: result.dispatch, marketplaces: setup.marketplaces, repeats: result.grid.mode === 'cyclic' };
    } catch (error) {
      // a rota outlives the plan it was built from: its shifts then carry no rule
      if (error instanceof NotFoundException || error instanceof ConflictException) return null;
      throw error;
    }
  }
}
