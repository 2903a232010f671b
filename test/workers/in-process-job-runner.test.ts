import { InProcessJobRunner } from '../../src/workers/in-process/in-process-job-runner.js';
import { describeJobRunnerContract } from '../contracts/job-runner-contract.js';

describeJobRunnerContract('in-process', () => new InProcessJobRunner({ concurrency: 2 }));
