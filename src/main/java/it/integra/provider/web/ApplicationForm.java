package it.integra.provider.web;

import it.integra.provider.NewAttachment;
import it.integra.provider.SubmitApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** A provider operator's application as typed; the call and the declaration are kept when refused, the files are not. */
public class ApplicationForm {

    private String call;
    private boolean declaration;
    private List<MultipartFile> files = new ArrayList<>();

    SubmitApplication toCommand() {
        return new SubmitApplication(call, declaration, files.stream()
                .filter(file -> file != null && !(file.isEmpty() && blank(file.getOriginalFilename())))
                .map(ApplicationForm::attachment).toList());
    }

    // a file over the limit is refused on its size: no need to read it into memory
    private static NewAttachment attachment(MultipartFile file) {
        try {
            byte[] content = file.getSize() > NewAttachment.MAX_BYTES ? null : file.getBytes();
            return new NewAttachment(file.getOriginalFilename(), file.getContentType(), file.getSize(), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean blank(String name) {
        return name == null || name.isBlank();
    }

    public String getCall() { return call; }
    public void setCall(String call) { this.call = call; }
    public boolean isDeclaration() { return declaration; }
    public void setDeclaration(boolean declaration) { this.declaration = declaration; }
    public List<MultipartFile> getFiles() { return files; }
    public void setFiles(List<MultipartFile> files) { this.files = files; }
}
