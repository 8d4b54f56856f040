/**
 * Indicator progress ("sehingga indikator, target, dan dampaknya dapat terlihat dengan jelas"):
 * targets against actuals by year for exactly one of a program, a theme or a region.
 */
export const INDICATOR_PROGRESS = `query IndicatorProgress($program: ID, $theme: ID, $region: ID, $tolerance: Float) {
  indicatorProgress(program: $program, theme: $theme, region: $region, tolerance: $tolerance) {
    offTrackCount
    points {
      indicator { id name unit direction }
      year
      region { code name level }
      target
      actual
      achievement
      status
    }
    rule
  }
}`;

export interface ProgressPoint {
  indicator: { id: string; name: string; unit: string; direction: string };
  year: number;
  /** Null for a national figure. */
  region: { code: string; name: string; level: string } | null;
  target: number | null;
  actual: number | null;
  achievement: number | null;
  status: 'ON_TRACK' | 'OFF_TRACK' | 'NO_TARGET' | 'NO_ACTUAL';
}

export interface IndicatorProgressAnswer {
  indicatorProgress: {
    offTrackCount: number;
    points: ProgressPoint[];
    rule: string;
  };
}
