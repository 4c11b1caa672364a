package it.integra.internship;

import it.integra.internship.internal.AttendanceStore;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the accounting module: the months whose allowance is due to the trainee, that is whose
 * attended hours reached the call's threshold of the planned ones, each with the call's monthly
 * allowance as the amount. Corrections to the register change the answer; callers that pay keep
 * their own record of what they paid.
 */
@Service
@Transactional(readOnly = true)
public class AllowanceQueries {

    private final AttendanceStore attendance;

    AllowanceQueries(AttendanceStore attendance) {
        this.attendance = attendance;
    }

    /** The due months of one internship, in order. */
    public List<DueAllowance> dueForInternship(long internshipId) {
        return attendance.due("a.internship_id = :id", "id", internshipId);
    }

    /** The due months of every internship of a call, by internship code and month. */
    public List<DueAllowance> dueInCall(long callId) {
        return attendance.due("k.call_id = :id", "id", callId);
    }
}
