package org.zhibiao.job.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;

/** The worker's side of a request: refusal of another build, dropping of stale requests, recording who ran it. */
class RemoteWorkerTest {

    private static final BuildStamp THIS_BUILD = new BuildStamp("0.1.0", "batch 6.0.4, staging aa", "s1");

    private final JobRepository jobRepository = mock(JobRepository.class);
    private final StepExecutionRequestHandler steps = mock(StepExecutionRequestHandler.class);
    private final RemoteWorker worker = new RemoteWorker(jobRepository, steps, THIS_BUILD, () -> null, 1);
    private final JobExecution job = new JobExecution(7L, new JobInstance(3L, "zhibiao"), new JobParameters());

    @Test
    void aPartitionFromAnotherBuildIsFailedWithTheReasonAndNotRun() {
        StepExecution partition = waiting(new BuildStamp("0.2.0", "batch 6.0.4, staging aa", "s1"));

        worker.handle(RemoteWorker.encode(new StepExecutionRequest("extractFile", partition.getId())));

        verify(steps, never()).handle(any());
        verify(jobRepository).update(partition);
        assertThat(partition.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(partition.getExitStatus().getExitDescription()).contains("build: manager 0.2.0, worker 0.1.0",
                "worker refused partition extractFile:report-a.txt");
    }

    @Test
    void aPartitionOfThisBuildIsRunAndRecordsThisProcess() {
        StepExecution partition = waiting(THIS_BUILD);
        StepExecution done = new StepExecution(partition.getId(), partition.getStepName(), job);
        done.setStatus(BatchStatus.COMPLETED);
        when(steps.handle(any())).thenReturn(done);

        worker.handle(RemoteWorker.encode(new StepExecutionRequest("extractFile", partition.getId())));

        verify(steps).handle(any());
        assertThat(PartitionWorker.of(partition.getExecutionContext()))
                .hasValue(new PartitionWorker(PartitionWorker.current().host(), ProcessHandle.current().pid()));
        verify(jobRepository).updateExecutionContext(partition);
    }

    @Test
    void aRequestForAPartitionAlreadyTakenIsDropped() {
        StepExecution partition = waiting(THIS_BUILD);
        partition.setStatus(BatchStatus.STARTED);

        worker.handle(RemoteWorker.encode(new StepExecutionRequest("extractFile", partition.getId())));

        verify(steps, never()).handle(any());
        verify(jobRepository, never()).update(any(StepExecution.class));
        assertThat(partition.getStatus()).isEqualTo(BatchStatus.STARTED);
    }

    @Test
    void theRequestTravelsAsText() {
        StepExecutionRequest request = RemoteWorker.decode(RemoteWorker.encode(new StepExecutionRequest("loadFile",
                42L)));

        assertThat(request.getStepExecutionId()).isEqualTo(42L);
        assertThat(request.getStepName()).isEqualTo("loadFile");
    }

    private StepExecution waiting(BuildStamp manager) {
        StepExecution partition = new StepExecution(99L, "extractFile:report-a.txt", job);
        manager.writeTo(partition.getExecutionContext());
        when(jobRepository.getStepExecution(99L)).thenReturn(partition);
        return partition;
    }
}
